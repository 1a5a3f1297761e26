-- Webhook endpoints of organizations, the deliveries (one per event and endpoint, with the body frozen when the event
-- happened) and every attempt to deliver them. The signing secret is sealed with the secret box.
CREATE TABLE webhooks_endpoints (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    url             VARCHAR(2048) NOT NULL,
    description     VARCHAR(500) NOT NULL,
    events          VARCHAR(500) NOT NULL,
    enabled         BOOLEAN NOT NULL,
    disabled_reason VARCHAR(2000),
    sealed_secret   VARCHAR(500) NOT NULL,
    failing_since   TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX webhooks_endpoints_organization_ix ON webhooks_endpoints (organization_id);

-- id is derived from the event publication and the endpoint, so a republished event writes no second delivery.
CREATE TABLE webhooks_deliveries (
    id                 UUID PRIMARY KEY,
    endpoint_id        UUID NOT NULL,
    organization_id    UUID NOT NULL,
    event_type         VARCHAR(64) NOT NULL,
    body               TEXT NOT NULL,
    status             VARCHAR(16) NOT NULL,
    attempts           INTEGER NOT NULL,
    automatic_attempts INTEGER NOT NULL,
    next_attempt_at    TIMESTAMP WITH TIME ZONE,
    last_attempt_at    TIMESTAMP WITH TIME ZONE,
    response_status    INTEGER,
    latency_ms         BIGINT,
    response_excerpt   VARCHAR(1024),
    error              VARCHAR(1000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX webhooks_deliveries_due_ix ON webhooks_deliveries (status, next_attempt_at);
CREATE INDEX webhooks_deliveries_endpoint_ix ON webhooks_deliveries (endpoint_id, created_at);

CREATE TABLE webhooks_attempts (
    id               UUID PRIMARY KEY,
    delivery_id      UUID NOT NULL,
    attempted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    manual           BOOLEAN NOT NULL,
    response_status  INTEGER,
    latency_ms       BIGINT NOT NULL,
    response_excerpt VARCHAR(1024),
    error            VARCHAR(1000)
);
CREATE INDEX webhooks_attempts_delivery_ix ON webhooks_attempts (delivery_id, attempted_at);
