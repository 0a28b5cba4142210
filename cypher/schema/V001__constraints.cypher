// Uniqueness of the stable ids that clients, seeds and analysts use.
// Idempotent: safe to run at every start and with `cypher-shell -f`.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
