-- Cluster locks of the scheduled jobs (ShedLock, see drift/Schemalaggning): one row per job, held until lock_until by
-- the node named in locked_by. With several nodes on one database, each job runs on one node at a time.
CREATE TABLE shedlock (
    name        VARCHAR(64) NOT NULL PRIMARY KEY,
    lock_until  ${datetime} NOT NULL,
    locked_at   ${datetime} NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
) ${tableOptions};
