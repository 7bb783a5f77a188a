-- Issue 14: a thematic campaign may name the emulation movement it rewards. Valid on H2 2.3 and PostgreSQL 15.
alter table campaign add column movement_id bigint;
alter table campaign add constraint fk_campaign_movement foreign key (movement_id) references movement (id);
