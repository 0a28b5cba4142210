// Relationship ids are unique per type (Neo4j constraints are per type), and indexed, so that
// a relationship is found by id without scanning. One line per member of the fixed vocabulary
// (src/graph/vocabulary.ts; a unit test keeps the two in step).
CREATE CONSTRAINT expelled_id IF NOT EXISTS FOR ()-[r:EXPELLED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT deployed_to_id IF NOT EXISTS FOR ()-[r:DEPLOYED_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT allied_with_id IF NOT EXISTS FOR ()-[r:ALLIED_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT withdrew_from_id IF NOT EXISTS FOR ()-[r:WITHDREW_FROM]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT terminated_agreement_with_id IF NOT EXISTS FOR ()-[r:TERMINATED_AGREEMENT_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT deposed_id IF NOT EXISTS FOR ()-[r:DEPOSED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT leads_id IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT spoke_with_id IF NOT EXISTS FOR ()-[r:SPOKE_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT protested_against_id IF NOT EXISTS FOR ()-[r:PROTESTED_AGAINST]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT distanced_from_id IF NOT EXISTS FOR ()-[r:DISTANCED_FROM]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT cooperates_with_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT governs_id IF NOT EXISTS FOR ()-[r:GOVERNS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT supplied_id IF NOT EXISTS FOR ()-[r:SUPPLIED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT reported_on_id IF NOT EXISTS FOR ()-[r:REPORTED_ON]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT opposed_id IF NOT EXISTS FOR ()-[r:OPPOSED]-() REQUIRE r.id IS UNIQUE;
