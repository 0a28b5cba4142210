// Relationship-id constraints for the types the knowledge model added to the vocabulary
// (src/graph/vocabulary.ts); V002 holds the first seventeen. A unit test keeps the union of the
// two files equal to the vocabulary.
CREATE CONSTRAINT trains_id IF NOT EXISTS FOR ()-[r:TRAINS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT pressed_id IF NOT EXISTS FOR ()-[r:PRESSED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rejected_id IF NOT EXISTS FOR ()-[r:REJECTED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT denounced_id IF NOT EXISTS FOR ()-[r:DENOUNCED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT reduced_aid_to_id IF NOT EXISTS FOR ()-[r:REDUCED_AID_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT drew_closer_to_id IF NOT EXISTS FOR ()-[r:DREW_CLOSER_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rallied_for_id IF NOT EXISTS FOR ()-[r:RALLIED_FOR]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT took_part_in_id IF NOT EXISTS FOR ()-[r:TOOK_PART_IN]-() REQUIRE r.id IS UNIQUE;
