-- OAuth clients that an organization's admins register (authorization code + PKCE). The client itself (redirect URIs,
-- scopes, secret hash, token settings) lives in Spring Authorization Server's oauth2_registered_client table, keyed by
-- registered_client_id; this row binds it to its organization: a token issued to the client acts only there. Its
-- redirect URIs and scopes (space-separated) are copied here so that a revoked client, whose server rows are deleted,
-- still shows what it was.
CREATE TABLE organization_oauth_client (
    registered_client_id VARCHAR(100) PRIMARY KEY,
    organization_id      UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    client_id            VARCHAR(100) NOT NULL,
    name                 VARCHAR(100) NOT NULL,
    confidential         BOOLEAN NOT NULL,
    redirect_uris        VARCHAR(2100) NOT NULL,
    scopes               VARCHAR(1000) NOT NULL,
    created_by           UUID NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT organization_oauth_client_client_id_uk UNIQUE (client_id)
);
CREATE INDEX organization_oauth_client_organization_ix ON organization_oauth_client (organization_id, created_at);

-- Spring Authorization Server's consent table (oauth2-authorization-consent-schema.sql), as shipped.
CREATE TABLE oauth2_authorization_consent (
    registered_client_id VARCHAR(100) NOT NULL,
    principal_name       VARCHAR(200) NOT NULL,
    authorities          VARCHAR(1000) NOT NULL,
    PRIMARY KEY (registered_client_id, principal_name)
);
