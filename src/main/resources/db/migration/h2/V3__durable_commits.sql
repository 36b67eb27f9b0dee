-- H2 flushes committed transactions to its file only every 500 ms by default, so a process
-- killed right after a commit (SIGKILL, power cut of the JVM) could lose a decision that the job
-- then acted on (a file moved although its decision was lost). Every commit is written at once.
-- The setting is persistent in the database file.
SET WRITE_DELAY 0;
