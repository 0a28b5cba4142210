// Loads (or updates) actors. Parameter: $rows, a list of
// {id, name, kind, label, aliases, description, wikidataId, country}; `label` is the kind's extra
// label from the fixed vocabulary (State, Person, ...). The old kind label is removed first, so a
// changed kind leaves exactly one. MERGE on the stable id: loading twice leaves the same graph.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name,
    a.kind = row.kind,
    a.aliases = row.aliases,
    a.description = row.description,
    a.wikidataId = row.wikidataId,
    a.country = row.country
REMOVE a:State:MilitaryGovernment:ArmedForce:Paramilitary:InternationalOrganisation:Alliance:Person:Media:GovernmentBody:Group
SET a:$(row.label)
RETURN count(a) AS actors;
