CREATE TABLE accounts_user (
    id UUID PRIMARY KEY,
    email VARCHAR(254) NOT NULL,
    email_normalized VARCHAR(254) NOT NULL,
    name VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT accounts_user_email_uk UNIQUE (email_normalized)
);

-- Personal API keys: only the SHA-256 of the key is kept; prefix is the start of the key, to tell keys apart in lists.
CREATE TABLE accounts_api_key (
    id UUID PRIMARY KEY,
    user_id UUID NOT NULL REFERENCES accounts_user (id),
    name VARCHAR(100) NOT NULL,
    prefix VARCHAR(20) NOT NULL,
    key_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT accounts_api_key_hash_uk UNIQUE (key_hash)
);
CREATE INDEX accounts_api_key_user_ix ON accounts_api_key (user_id, created_at);
