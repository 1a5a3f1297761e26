-- Spring Authorization Server's tables (oauth2-registered-client-schema.sql, oauth2-authorization-schema.sql of
-- spring-security-oauth2-authorization-server 7.1) for PostgreSQL: blob → text and timestamp → timestamptz, as the shipped schema tells. Owned by the organizations module.
-- Token and code values are stored as their SHA-256 ("sha256:" + hex), never as issued (HashedTokenAuthorizations).
CREATE TABLE oauth2_registered_client (
    id                            VARCHAR(100) NOT NULL,
    client_id                     VARCHAR(100) NOT NULL,
    client_id_issued_at           timestamptz DEFAULT CURRENT_TIMESTAMP NOT NULL,
    client_secret                 VARCHAR(200) DEFAULT NULL,
    client_secret_expires_at      timestamptz DEFAULT NULL,
    client_name                   VARCHAR(200) NOT NULL,
    client_authentication_methods VARCHAR(1000) NOT NULL,
    authorization_grant_types     VARCHAR(1000) NOT NULL,
    redirect_uris                 VARCHAR(1000) DEFAULT NULL,
    post_logout_redirect_uris     VARCHAR(1000) DEFAULT NULL,
    scopes                        VARCHAR(1000) NOT NULL,
    client_settings               VARCHAR(2000) NOT NULL,
    token_settings                VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id)
);
CREATE UNIQUE INDEX oauth2_registered_client_client_id_uk ON oauth2_registered_client (client_id);

CREATE TABLE oauth2_authorization (
    id                            VARCHAR(100) NOT NULL,
    registered_client_id          VARCHAR(100) NOT NULL,
    principal_name                VARCHAR(200) NOT NULL,
    authorization_grant_type      VARCHAR(100) NOT NULL,
    authorized_scopes             VARCHAR(1000) DEFAULT NULL,
    attributes                    text DEFAULT NULL,
    state                         VARCHAR(500) DEFAULT NULL,
    authorization_code_value      text DEFAULT NULL,
    authorization_code_issued_at  timestamptz DEFAULT NULL,
    authorization_code_expires_at timestamptz DEFAULT NULL,
    authorization_code_metadata   text DEFAULT NULL,
    access_token_value            text DEFAULT NULL,
    access_token_issued_at        timestamptz DEFAULT NULL,
    access_token_expires_at       timestamptz DEFAULT NULL,
    access_token_metadata         text DEFAULT NULL,
    access_token_type             VARCHAR(100) DEFAULT NULL,
    access_token_scopes           VARCHAR(1000) DEFAULT NULL,
    oidc_id_token_value           text DEFAULT NULL,
    oidc_id_token_issued_at       timestamptz DEFAULT NULL,
    oidc_id_token_expires_at      timestamptz DEFAULT NULL,
    oidc_id_token_metadata        text DEFAULT NULL,
    refresh_token_value           text DEFAULT NULL,
    refresh_token_issued_at       timestamptz DEFAULT NULL,
    refresh_token_expires_at      timestamptz DEFAULT NULL,
    refresh_token_metadata        text DEFAULT NULL,
    user_code_value               text DEFAULT NULL,
    user_code_issued_at           timestamptz DEFAULT NULL,
    user_code_expires_at          timestamptz DEFAULT NULL,
    user_code_metadata            text DEFAULT NULL,
    device_code_value             text DEFAULT NULL,
    device_code_issued_at         timestamptz DEFAULT NULL,
    device_code_expires_at        timestamptz DEFAULT NULL,
    device_code_metadata          text DEFAULT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX oauth2_authorization_client_ix ON oauth2_authorization (registered_client_id, principal_name);
-- every API request with an OAuth token looks its hash up
CREATE INDEX oauth2_authorization_access_token_ix ON oauth2_authorization (access_token_value);
CREATE INDEX oauth2_authorization_refresh_token_ix ON oauth2_authorization (refresh_token_value);
CREATE INDEX oauth2_authorization_code_ix ON oauth2_authorization (authorization_code_value);
