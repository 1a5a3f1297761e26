-- Spring Authorization Server's tables (oauth2-registered-client-schema.sql, oauth2-authorization-schema.sql of
-- spring-security-oauth2-authorization-server 7.1) for H2, as shipped (blob spelled BINARY LARGE OBJECT, which H2 knows in PostgreSQL mode). Owned by the organizations module.
-- Token and code values are stored as their SHA-256 ("sha256:" + hex), never as issued (HashedTokenAuthorizations).
CREATE TABLE oauth2_registered_client (
    id                            VARCHAR(100) NOT NULL,
    client_id                     VARCHAR(100) NOT NULL,
    client_id_issued_at           timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    client_secret                 VARCHAR(200) DEFAULT NULL,
    client_secret_expires_at      timestamp DEFAULT NULL,
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
    attributes                    BINARY LARGE OBJECT DEFAULT NULL,
    state                         VARCHAR(500) DEFAULT NULL,
    authorization_code_value      BINARY LARGE OBJECT DEFAULT NULL,
    authorization_code_issued_at  timestamp DEFAULT NULL,
    authorization_code_expires_at timestamp DEFAULT NULL,
    authorization_code_metadata   BINARY LARGE OBJECT DEFAULT NULL,
    access_token_value            BINARY LARGE OBJECT DEFAULT NULL,
    access_token_issued_at        timestamp DEFAULT NULL,
    access_token_expires_at       timestamp DEFAULT NULL,
    access_token_metadata         BINARY LARGE OBJECT DEFAULT NULL,
    access_token_type             VARCHAR(100) DEFAULT NULL,
    access_token_scopes           VARCHAR(1000) DEFAULT NULL,
    oidc_id_token_value           BINARY LARGE OBJECT DEFAULT NULL,
    oidc_id_token_issued_at       timestamp DEFAULT NULL,
    oidc_id_token_expires_at      timestamp DEFAULT NULL,
    oidc_id_token_metadata        BINARY LARGE OBJECT DEFAULT NULL,
    refresh_token_value           BINARY LARGE OBJECT DEFAULT NULL,
    refresh_token_issued_at       timestamp DEFAULT NULL,
    refresh_token_expires_at      timestamp DEFAULT NULL,
    refresh_token_metadata        BINARY LARGE OBJECT DEFAULT NULL,
    user_code_value               BINARY LARGE OBJECT DEFAULT NULL,
    user_code_issued_at           timestamp DEFAULT NULL,
    user_code_expires_at          timestamp DEFAULT NULL,
    user_code_metadata            BINARY LARGE OBJECT DEFAULT NULL,
    device_code_value             BINARY LARGE OBJECT DEFAULT NULL,
    device_code_issued_at         timestamp DEFAULT NULL,
    device_code_expires_at        timestamp DEFAULT NULL,
    device_code_metadata          BINARY LARGE OBJECT DEFAULT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX oauth2_authorization_client_ix ON oauth2_authorization (registered_client_id, principal_name);
