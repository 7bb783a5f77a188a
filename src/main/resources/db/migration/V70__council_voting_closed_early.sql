-- Issue 17: a Board head may close a Council ballot round early once the quorum is reached, confirming that the
-- members who have not voted are absent from the session; who did it and when show on the session page and in the
-- minutes. Null when the round closed with the last ballot or at the deadline.
alter table council_session add column voting_closed_by varchar(64);
alter table council_session add column voting_closed_at timestamp(6) with time zone;
