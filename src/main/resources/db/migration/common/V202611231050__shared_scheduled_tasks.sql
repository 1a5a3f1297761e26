-- db-scheduler's table (jobs: persistent and cluster-safe, every node polls it), as the project documents it for
-- PostgreSQL (version 16). One script serves both engines: H2 in MODE=PostgreSQL reads TEXT as VARCHAR and BYTEA as
-- VARBINARY.
CREATE TABLE scheduled_tasks (
    task_name            TEXT NOT NULL,
    task_instance        TEXT NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_ix ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_ix ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_ix ON scheduled_tasks (priority DESC, execution_time ASC);
