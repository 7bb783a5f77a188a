-- A direct list drawn up for a thematic campaign keeps the campaign's basis (its plan or launching document), which
-- the decisions cite. Valid on H2 2.3 and PostgreSQL 15.
alter table council_session add column campaign_basis varchar(1000);
