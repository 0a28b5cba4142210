// Places where relationships happened (the knowledge model): one node per stable id, found by
// id from a relationship's placeId, listed by name.
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (p:Place) REQUIRE p.id IS UNIQUE;
CREATE INDEX place_name IF NOT EXISTS FOR (p:Place) ON (p.name);
