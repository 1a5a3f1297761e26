-- Organizations (flight schools, clubs, small operators), their members and pending invitations.
-- A user has at most one membership per organization; the role decides what the member may do (docs/organizations.md).
CREATE TABLE organization (
    id         UUID PRIMARY KEY,
    name       VARCHAR(120) NOT NULL,
    time_zone  VARCHAR(60) NOT NULL,
    currency   VARCHAR(3) NOT NULL,
    created_by UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE organization_member (
    organization_id UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    user_id         UUID NOT NULL,
    role            VARCHAR(12) NOT NULL,
    joined_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organization_id, user_id)
);

CREATE INDEX organization_member_user_ix ON organization_member (user_id);

-- An invitation is answered once; email_open is the normalized email while the invitation is open and NULL once it is
-- accepted or revoked, so the database refuses a second open invitation for the same address (NULLs never collide).
-- The token is shown once, as a link; only its SHA-256 is kept.
CREATE TABLE organization_invitation (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    email           VARCHAR(254) NOT NULL,
    email_open      VARCHAR(254),
    role            VARCHAR(12) NOT NULL,
    token_hash      VARCHAR(64) NOT NULL,
    invited_by      UUID NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(10) NOT NULL,
    answered_at     TIMESTAMP WITH TIME ZONE,
    answered_by     UUID,
    CONSTRAINT organization_invitation_open_uk UNIQUE (organization_id, email_open),
    CONSTRAINT organization_invitation_token_uk UNIQUE (token_hash)
);
