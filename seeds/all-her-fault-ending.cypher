// character-graph export: 28 nodes, 104 relationships.
// Run with: cypher-shell -f FILE   (or paste into Neo4j Browser). Running it again changes nothing.
//   :Actor 8
//   :Character 11
//   :Document 1
//   :Secret 7
//   :Story 1
//   [:ABOUT] 18
//   [:ACCOMPLICE_OF] 2
//   [:COVERS_UP_FOR] 3
//   [:EX_PARTNER_OF] 1
//   [:FRIEND_OF] 1
//   [:INJURED] 1
//   [:IN_STORY] 11
//   [:KEEPS] 9
//   [:KIDNAPPED] 4
//   [:KILLED] 4
//   [:KNOWS] 17
//   [:MARRIED_TO] 1
//   [:MENTIONS] 11
//   [:PARENT_OF] 3
//   [:PLAYS] 8
//   [:REPORTS] 7
//   [:SECRETLY_PARENT_OF] 1
//   [:SIBLING_OF] 2

// Schema: unique ids (MERGE relies on them) and look-up indexes.
CREATE CONSTRAINT story_id IF NOT EXISTS FOR (s:Story) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT character_id IF NOT EXISTS FOR (c:Character) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT secret_id IF NOT EXISTS FOR (s:Secret) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE INDEX character_story IF NOT EXISTS FOR (c:Character) ON (c.story);
CREATE INDEX character_name IF NOT EXISTS FOR (c:Character) ON (c.name);
CREATE INDEX secret_story IF NOT EXISTS FOR (s:Secret) ON (s.story);
CREATE INDEX secret_kind IF NOT EXISTS FOR (s:Secret) ON (s.kind);
CREATE INDEX document_story IF NOT EXISTS FOR (d:Document) ON (d.story);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE FULLTEXT INDEX character_names IF NOT EXISTS FOR (c:Character) ON EACH [c.name, c.aliases];
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name];

// Actor nodes (8)
UNWIND [
  {`id`: 'abby-elliott', `name`: 'Abby Elliott'},
  {`id`: 'dakota-fanning', `name`: 'Dakota Fanning'},
  {`id`: 'daniel-monks', `name`: 'Daniel Monks'},
  {`id`: 'jake-lacy', `name`: 'Jake Lacy'},
  {`id`: 'jay-ellis', `name`: 'Jay Ellis'},
  {`id`: 'michael-pena', `name`: 'Michael Peña'},
  {`id`: 'sarah-snook', `name`: 'Sarah Snook'},
  {`id`: 'sophia-lillis', `name`: 'Sophia Lillis'}
] AS row
MERGE (n:`Actor` {`id`: row.id})
SET n += row;

// Character nodes (11)
UNWIND [
  {`aliases`: [], `gender`: 'MALE', `id`: 'all-her-fault/brian', `mentions`: 2, `name`: 'Brian', `names`: ['brian'], `story`: 'all-her-fault'},
  {`aliases`: [], `gender`: 'UNKNOWN', `id`: 'all-her-fault/colin', `mentions`: 2, `name`: 'Colin', `names`: ['colin'], `story`: 'all-her-fault'},
  {`aliases`: ['Alcaras'], `gender`: 'MALE', `id`: 'all-her-fault/detective-alcaras', `mentions`: 7, `name`: 'Detective Alcaras', `names`: ['detective alcaras', 'alcaras'], `story`: 'all-her-fault'},
  {`aliases`: [], `gender`: 'FEMALE', `id`: 'all-her-fault/jenny', `mentions`: 5, `name`: 'Jenny', `names`: ['jenny'], `story`: 'all-her-fault'},
  {`aliases`: ['Carrie', 'Carrie Finch', 'Josephine', 'Josie', 'Murphy', 'Josie Murphy'], `gender`: 'FEMALE', `id`: 'all-her-fault/josephine-murphy', `mentions`: 29, `name`: 'Josephine Murphy', `names`: ['josephine murphy', 'carrie', 'carrie finch', 'josephine', 'josie', 'murphy', 'josie murphy'], `story`: 'all-her-fault'},
  {`aliases`: [], `gender`: 'MALE', `id`: 'all-her-fault/kyle', `mentions`: 1, `name`: 'Kyle', `names`: ['kyle'], `story`: 'all-her-fault'},
  {`aliases`: [], `gender`: 'FEMALE', `id`: 'all-her-fault/lia', `mentions`: 1, `name`: 'Lia', `names`: ['lia'], `story`: 'all-her-fault'},
  {`aliases`: ['Marissa'], `gender`: 'FEMALE', `id`: 'all-her-fault/marissa-irvine', `mentions`: 27, `name`: 'Marissa Irvine', `names`: ['marissa irvine', 'marissa'], `story`: 'all-her-fault'},
  {`aliases`: [], `gender`: 'MALE', `id`: 'all-her-fault/milo', `mentions`: 26, `name`: 'Milo', `names`: ['milo'], `story`: 'all-her-fault'},
  {`aliases`: [], `gender`: 'MALE', `id`: 'all-her-fault/peter', `mentions`: 51, `name`: 'Peter', `names`: ['peter'], `story`: 'all-her-fault'},
  {`aliases`: [], `gender`: 'MALE', `id`: 'all-her-fault/rob', `mentions`: 3, `name`: 'Rob', `names`: ['rob'], `story`: 'all-her-fault'}
] AS row
MERGE (n:`Character` {`id`: row.id})
SET n += row;

// Document nodes (1)
UNWIND [
  {`id`: 'all-her-fault-ending', `sha256`: '9516a0a27308ae95cc35184f33aebaa016666a12fe229b96e6b0c5b4200692f0', `source`: 'Parade, as republished by PressBee (see the notes at the end of the article)', `story`: 'all-her-fault', `title`: '\'All Her Fault\' Season 1 Ending Explained: What Really Happened to Milo — and Peter'}
] AS row
MERGE (n:`Document` {`id`: row.id})
  ON CREATE SET n.`loadedAt` = datetime()
SET n += row;

// Secret nodes (7)
UNWIND [
  {`id`: 'all-her-fault/baby-swap-josephine-murphy-milo-peter', `kind`: 'BABY_SWAP', `statement`: 'Milo is Josephine Murphy\'s biological child; Peter swapped the babies and took the child', `story`: 'all-her-fault'},
  {`id`: 'all-her-fault/cover-up-brian-lia-peter', `kind`: 'COVER_UP', `statement`: 'Peter injured Brian and let Lia take the blame', `story`: 'all-her-fault'},
  {`id`: 'all-her-fault/false-identity-josephine-murphy', `kind`: 'FALSE_IDENTITY', `statement`: 'Josephine Murphy lives under a false identity: Carrie isn\'t Carrie Finch at all — her real name is Josephine "Josie" Murphy.', `story`: 'all-her-fault'},
  {`id`: 'all-her-fault/hidden-crime-josephine-murphy-kyle-milo-rob', `kind`: 'HIDDEN_CRIME', `statement`: 'Josephine Murphy, Kyle and Rob kidnapped Milo', `story`: 'all-her-fault'},
  {`id`: 'all-her-fault/hidden-killing-josephine-murphy-peter', `kind`: 'HIDDEN_KILLING', `statement`: 'Peter killed Josephine Murphy', `story`: 'all-her-fault'},
  {`id`: 'all-her-fault/hidden-killing-marissa-irvine-peter', `kind`: 'HIDDEN_KILLING', `statement`: 'Marissa Irvine killed Peter and made the death look like an accident', `story`: 'all-her-fault'},
  {`id`: 'all-her-fault/hidden-killing-milo-peter-rob', `kind`: 'HIDDEN_KILLING', `statement`: 'Peter killed Rob and disguised what happened', `story`: 'all-her-fault'}
] AS row
MERGE (n:`Secret` {`id`: row.id})
SET n += row;

// Story nodes (1)
UNWIND [
  {`id`: 'all-her-fault', `name`: 'All Her Fault'}
] AS row
MERGE (n:`Story` {`id`: row.id})
SET n += row;

// (:Secret)-[:ABOUT]->(:Character) relationships (18)
UNWIND [
  {`from`: 'all-her-fault/baby-swap-josephine-murphy-milo-peter', `to`: 'all-her-fault/josephine-murphy', `props`: {`confidence`: 0.85, `evidence`: ['21:2589-2673 0.75 ALLEGED kidnap-take-child', '22:2674-2729 0.85 STATED kin-possessive', '52:5799-5903 0.85 STATED kin-possessive'], `quote`: 'The boy we know as Milo is actually her biological son.', `quotes`: ['According to Josie, Peter switched the babies at the crash scene and took her child.', 'The boy we know as Milo is actually her biological son.', 'This genetic link confirms that Carrie/Josie was telling the truth about being Milo\'s biological mother.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/baby-swap-josephine-murphy-milo-peter', `to`: 'all-her-fault/milo', `props`: {`confidence`: 0.85, `evidence`: ['21:2589-2673 0.75 ALLEGED kidnap-take-child', '22:2674-2729 0.85 STATED kin-possessive', '52:5799-5903 0.85 STATED kin-possessive'], `quote`: 'The boy we know as Milo is actually her biological son.', `quotes`: ['According to Josie, Peter switched the babies at the crash scene and took her child.', 'The boy we know as Milo is actually her biological son.', 'This genetic link confirms that Carrie/Josie was telling the truth about being Milo\'s biological mother.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/baby-swap-josephine-murphy-milo-peter', `to`: 'all-her-fault/peter', `props`: {`confidence`: 0.85, `evidence`: ['21:2589-2673 0.75 ALLEGED kidnap-take-child', '22:2674-2729 0.85 STATED kin-possessive', '52:5799-5903 0.85 STATED kin-possessive'], `quote`: 'The boy we know as Milo is actually her biological son.', `quotes`: ['According to Josie, Peter switched the babies at the crash scene and took her child.', 'The boy we know as Milo is actually her biological son.', 'This genetic link confirms that Carrie/Josie was telling the truth about being Milo\'s biological mother.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/cover-up-brian-lia-peter', `to`: 'all-her-fault/brian', `props`: {`confidence`: 0.8, `evidence`: ['30:3663-3857 0.8 STATED injure-caused-mishap', '31:3858-3936 0.8 STATED cover-let-take-blame', '31:3858-3936 0.8 STATED injure-active'], `quote`: 'He\'s responsible for multiple deaths—not just the two people he killed during Milo\'s kidnapping—and viewers also learn he caused the accident that left his brother Brian (Daniel Monks) disabled.', `quotes`: ['He\'s responsible for multiple deaths—not just the two people he killed during Milo\'s kidnapping—and viewers also learn he caused the accident that left his brother Brian (Daniel Monks) disabled.', 'Peter tripped Brian and then let his sister Lia (Abby Elliott) take the blame.', 'Peter tripped Brian and then let his sister Lia (Abby Elliott) take the blame.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/cover-up-brian-lia-peter', `to`: 'all-her-fault/lia', `props`: {`confidence`: 0.8, `evidence`: ['30:3663-3857 0.8 STATED injure-caused-mishap', '31:3858-3936 0.8 STATED cover-let-take-blame', '31:3858-3936 0.8 STATED injure-active'], `quote`: 'He\'s responsible for multiple deaths—not just the two people he killed during Milo\'s kidnapping—and viewers also learn he caused the accident that left his brother Brian (Daniel Monks) disabled.', `quotes`: ['He\'s responsible for multiple deaths—not just the two people he killed during Milo\'s kidnapping—and viewers also learn he caused the accident that left his brother Brian (Daniel Monks) disabled.', 'Peter tripped Brian and then let his sister Lia (Abby Elliott) take the blame.', 'Peter tripped Brian and then let his sister Lia (Abby Elliott) take the blame.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/cover-up-brian-lia-peter', `to`: 'all-her-fault/peter', `props`: {`confidence`: 0.8, `evidence`: ['30:3663-3857 0.8 STATED injure-caused-mishap', '31:3858-3936 0.8 STATED cover-let-take-blame', '31:3858-3936 0.8 STATED injure-active'], `quote`: 'He\'s responsible for multiple deaths—not just the two people he killed during Milo\'s kidnapping—and viewers also learn he caused the accident that left his brother Brian (Daniel Monks) disabled.', `quotes`: ['He\'s responsible for multiple deaths—not just the two people he killed during Milo\'s kidnapping—and viewers also learn he caused the accident that left his brother Brian (Daniel Monks) disabled.', 'Peter tripped Brian and then let his sister Lia (Abby Elliott) take the blame.', 'Peter tripped Brian and then let his sister Lia (Abby Elliott) take the blame.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/false-identity-josephine-murphy', `to`: 'all-her-fault/josephine-murphy', `props`: {`confidence`: 0.8, `evidence`: ['15:2016-2093 0.8 STATED secret-false-identity'], `quote`: 'Carrie isn\'t Carrie Finch at all — her real name is Josephine "Josie" Murphy.', `quotes`: ['Carrie isn\'t Carrie Finch at all — her real name is Josephine "Josie" Murphy.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/hidden-crime-josephine-murphy-kyle-milo-rob', `to`: 'all-her-fault/josephine-murphy', `props`: {`confidence`: 0.85, `evidence`: ['7:1106-1237 0.8 STATED kidnap-plot', '8:1238-1335 0.85 STATED kidnap-active', '9:1336-1435 0.75 STATED kidnap-involved-scheme'], `quote`: 'Carrie (played by Sophia Lillis) grabbed Milo directly from his school and she didn\'t work alone.', `quotes`: ['The truth unfolds in the finale: We discover that Carrie—the nanny Jenny hired to care for her children—orchestrated the abduction.', 'Carrie (played by Sophia Lillis) grabbed Milo directly from his school and she didn\'t work alone.', 'Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/hidden-crime-josephine-murphy-kyle-milo-rob', `to`: 'all-her-fault/kyle', `props`: {`confidence`: 0.85, `evidence`: ['7:1106-1237 0.8 STATED kidnap-plot', '8:1238-1335 0.85 STATED kidnap-active', '9:1336-1435 0.75 STATED kidnap-involved-scheme'], `quote`: 'Carrie (played by Sophia Lillis) grabbed Milo directly from his school and she didn\'t work alone.', `quotes`: ['The truth unfolds in the finale: We discover that Carrie—the nanny Jenny hired to care for her children—orchestrated the abduction.', 'Carrie (played by Sophia Lillis) grabbed Milo directly from his school and she didn\'t work alone.', 'Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/hidden-crime-josephine-murphy-kyle-milo-rob', `to`: 'all-her-fault/milo', `props`: {`confidence`: 0.85, `evidence`: ['7:1106-1237 0.8 STATED kidnap-plot', '8:1238-1335 0.85 STATED kidnap-active', '9:1336-1435 0.75 STATED kidnap-involved-scheme'], `quote`: 'Carrie (played by Sophia Lillis) grabbed Milo directly from his school and she didn\'t work alone.', `quotes`: ['The truth unfolds in the finale: We discover that Carrie—the nanny Jenny hired to care for her children—orchestrated the abduction.', 'Carrie (played by Sophia Lillis) grabbed Milo directly from his school and she didn\'t work alone.', 'Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/hidden-crime-josephine-murphy-kyle-milo-rob', `to`: 'all-her-fault/rob', `props`: {`confidence`: 0.85, `evidence`: ['7:1106-1237 0.8 STATED kidnap-plot', '8:1238-1335 0.85 STATED kidnap-active', '9:1336-1435 0.75 STATED kidnap-involved-scheme'], `quote`: 'Carrie (played by Sophia Lillis) grabbed Milo directly from his school and she didn\'t work alone.', `quotes`: ['The truth unfolds in the finale: We discover that Carrie—the nanny Jenny hired to care for her children—orchestrated the abduction.', 'Carrie (played by Sophia Lillis) grabbed Milo directly from his school and she didn\'t work alone.', 'Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/hidden-killing-josephine-murphy-peter', `to`: 'all-her-fault/josephine-murphy', `props`: {`confidence`: 0.9, `evidence`: ['23:2730-2841 0.9 STATED kill-active'], `quote`: 'During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.', `quotes`: ['During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/hidden-killing-josephine-murphy-peter', `to`: 'all-her-fault/peter', `props`: {`confidence`: 0.9, `evidence`: ['23:2730-2841 0.9 STATED kill-active'], `quote`: 'During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.', `quotes`: ['During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/hidden-killing-marissa-irvine-peter', `to`: 'all-her-fault/marissa-irvine', `props`: {`confidence`: 0.75, `evidence`: ['49:5311-5473 0.75 IMPLIED kill-sabotage'], `quote`: 'The show then flashes back to reveal that Marissa deliberately removed the medical kit from their vehicle and replaced Peter\'s working EpiPen with an expired one.', `quotes`: ['The show then flashes back to reveal that Marissa deliberately removed the medical kit from their vehicle and replaced Peter\'s working EpiPen with an expired one.'], `sources`: ['all-her-fault-ending'], `status`: 'IMPLIED'}},
  {`from`: 'all-her-fault/hidden-killing-marissa-irvine-peter', `to`: 'all-her-fault/peter', `props`: {`confidence`: 0.75, `evidence`: ['49:5311-5473 0.75 IMPLIED kill-sabotage'], `quote`: 'The show then flashes back to reveal that Marissa deliberately removed the medical kit from their vehicle and replaced Peter\'s working EpiPen with an expired one.', `quotes`: ['The show then flashes back to reveal that Marissa deliberately removed the medical kit from their vehicle and replaced Peter\'s working EpiPen with an expired one.'], `sources`: ['all-her-fault-ending'], `status`: 'IMPLIED'}},
  {`from`: 'all-her-fault/hidden-killing-milo-peter-rob', `to`: 'all-her-fault/milo', `props`: {`confidence`: 0.9, `evidence`: ['12:1601-1676 0.9 STATED kill-active'], `quote`: 'While Rob is counting the cash and distracted, Peter kills him with a lamp.', `quotes`: ['While Rob is counting the cash and distracted, Peter kills him with a lamp.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/hidden-killing-milo-peter-rob', `to`: 'all-her-fault/peter', `props`: {`confidence`: 0.9, `evidence`: ['12:1601-1676 0.9 STATED kill-active'], `quote`: 'While Rob is counting the cash and distracted, Peter kills him with a lamp.', `quotes`: ['While Rob is counting the cash and distracted, Peter kills him with a lamp.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/hidden-killing-milo-peter-rob', `to`: 'all-her-fault/rob', `props`: {`confidence`: 0.9, `evidence`: ['12:1601-1676 0.9 STATED kill-active'], `quote`: 'While Rob is counting the cash and distracted, Peter kills him with a lamp.', `quotes`: ['While Rob is counting the cash and distracted, Peter kills him with a lamp.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}}
] AS row
MATCH (a:`Secret` {`id`: row.from})
MATCH (b:`Character` {`id`: row.to})
MERGE (a)-[r:`ABOUT`]->(b)
SET r = row.props;

// (:Character)-[:ACCOMPLICE_OF]->(:Character) relationships (2)
UNWIND [
  {`from`: 'all-her-fault/kyle', `to`: 'all-her-fault/josephine-murphy', `props`: {`confidence`: 0.75, `evidence`: ['9:1336-1435 0.75 STATED accomplice-involved', '9:1336-1435 0.75 STATED accomplice-involved-scheme'], `quote`: 'Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.', `quotes`: ['Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.', 'Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/rob', `to`: 'all-her-fault/josephine-murphy', `props`: {`confidence`: 0.75, `evidence`: ['9:1336-1435 0.75 STATED accomplice-involved', '9:1336-1435 0.75 STATED accomplice-involved-scheme'], `quote`: 'Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.', `quotes`: ['Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.', 'Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}}
] AS row
MATCH (a:`Character` {`id`: row.from})
MATCH (b:`Character` {`id`: row.to})
MERGE (a)-[r:`ACCOMPLICE_OF`]->(b)
SET r = row.props;

// (:Character)-[:COVERS_UP_FOR]->(:Character) relationships (3)
UNWIND [
  {`from`: 'all-her-fault/detective-alcaras', `to`: 'all-her-fault/marissa-irvine', `props`: {`confidence`: 0.7, `evidence`: ['54:6013-6057 0.7 STATED cover-close-case'], `quote`: 'But then he tells her he\'s closing the case.', `quotes`: ['But then he tells her he\'s closing the case.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/lia', `to`: 'all-her-fault/peter', `props`: {`confidence`: 0.8, `evidence`: ['31:3858-3936 0.8 STATED cover-let-take-blame'], `quote`: 'Peter tripped Brian and then let his sister Lia (Abby Elliott) take the blame.', `quotes`: ['Peter tripped Brian and then let his sister Lia (Abby Elliott) take the blame.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/marissa-irvine', `to`: 'all-her-fault/peter', `props`: {`confidence`: 0.85, `evidence`: ['41:4680-4782 0.85 STATED cover-not-turn-in'], `quote`: 'Despite everything Peter has done—the lies, the murders, the stolen child—Marissa doesn\'t turn him in.', `quotes`: ['Despite everything Peter has done—the lies, the murders, the stolen child—Marissa doesn\'t turn him in.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}}
] AS row
MATCH (a:`Character` {`id`: row.from})
MATCH (b:`Character` {`id`: row.to})
MERGE (a)-[r:`COVERS_UP_FOR`]->(b)
SET r = row.props;

// (:Character)-[:EX_PARTNER_OF]->(:Character) relationships (1)
UNWIND [
  {`from`: 'all-her-fault/josephine-murphy', `to`: 'all-her-fault/kyle', `props`: {`confidence`: 0.85, `evidence`: ['9:1336-1435 0.85 STATED kin-possessive'], `quote`: 'Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.', `quotes`: ['Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}}
] AS row
MATCH (a:`Character` {`id`: row.from})
MATCH (b:`Character` {`id`: row.to})
MERGE (a)-[r:`EX_PARTNER_OF`]->(b)
SET r = row.props;

// (:Character)-[:FRIEND_OF]->(:Character) relationships (1)
UNWIND [
  {`from`: 'all-her-fault/colin', `to`: 'all-her-fault/marissa-irvine', `props`: {`confidence`: 0.85, `evidence`: ['19:2319-2495 0.85 STATED kin-possessive'], `quote`: 'She says she\'s not there to harm anyone and just wants Marissa to know the truth about her husband, before accidentally shooting and killing Marissa\'s friend Colin (Jay Ellis).', `quotes`: ['She says she\'s not there to harm anyone and just wants Marissa to know the truth about her husband, before accidentally shooting and killing Marissa\'s friend Colin (Jay Ellis).'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}}
] AS row
MATCH (a:`Character` {`id`: row.from})
MATCH (b:`Character` {`id`: row.to})
MERGE (a)-[r:`FRIEND_OF`]->(b)
SET r = row.props;

// (:Character)-[:INJURED]->(:Character) relationships (1)
UNWIND [
  {`from`: 'all-her-fault/peter', `to`: 'all-her-fault/brian', `props`: {`accidental`: false, `accidentals`: [false, false], `confidence`: 0.8, `evidence`: ['30:3663-3857 0.8 STATED injure-caused-mishap', '31:3858-3936 0.8 STATED injure-active'], `quote`: 'He\'s responsible for multiple deaths—not just the two people he killed during Milo\'s kidnapping—and viewers also learn he caused the accident that left his brother Brian (Daniel Monks) disabled.', `quotes`: ['He\'s responsible for multiple deaths—not just the two people he killed during Milo\'s kidnapping—and viewers also learn he caused the accident that left his brother Brian (Daniel Monks) disabled.', 'Peter tripped Brian and then let his sister Lia (Abby Elliott) take the blame.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}}
] AS row
MATCH (a:`Character` {`id`: row.from})
MATCH (b:`Character` {`id`: row.to})
MERGE (a)-[r:`INJURED`]->(b)
SET r = row.props;

// (:Character)-[:IN_STORY]->(:Story) relationships (11)
UNWIND [
  {`from`: 'all-her-fault/brian', `to`: 'all-her-fault', `props`: {}},
  {`from`: 'all-her-fault/colin', `to`: 'all-her-fault', `props`: {}},
  {`from`: 'all-her-fault/detective-alcaras', `to`: 'all-her-fault', `props`: {}},
  {`from`: 'all-her-fault/jenny', `to`: 'all-her-fault', `props`: {}},
  {`from`: 'all-her-fault/josephine-murphy', `to`: 'all-her-fault', `props`: {}},
  {`from`: 'all-her-fault/kyle', `to`: 'all-her-fault', `props`: {}},
  {`from`: 'all-her-fault/lia', `to`: 'all-her-fault', `props`: {}},
  {`from`: 'all-her-fault/marissa-irvine', `to`: 'all-her-fault', `props`: {}},
  {`from`: 'all-her-fault/milo', `to`: 'all-her-fault', `props`: {}},
  {`from`: 'all-her-fault/peter', `to`: 'all-her-fault', `props`: {}},
  {`from`: 'all-her-fault/rob', `to`: 'all-her-fault', `props`: {}}
] AS row
MATCH (a:`Character` {`id`: row.from})
MATCH (b:`Story` {`id`: row.to})
MERGE (a)-[r:`IN_STORY`]->(b)
SET r = row.props;

// (:Character)-[:KEEPS]->(:Secret) relationships (9)
UNWIND [
  {`from`: 'all-her-fault/josephine-murphy', `to`: 'all-her-fault/false-identity-josephine-murphy', `props`: {`confidence`: 0.8, `evidence`: ['15:2016-2093 0.8 STATED secret-false-identity'], `quote`: 'Carrie isn\'t Carrie Finch at all — her real name is Josephine "Josie" Murphy.', `quotes`: ['Carrie isn\'t Carrie Finch at all — her real name is Josephine "Josie" Murphy.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/josephine-murphy', `to`: 'all-her-fault/hidden-crime-josephine-murphy-kyle-milo-rob', `props`: {`confidence`: 0.85, `evidence`: ['7:1106-1237 0.8 STATED kidnap-plot', '8:1238-1335 0.85 STATED kidnap-active', '9:1336-1435 0.75 STATED kidnap-involved-scheme'], `quote`: 'Carrie (played by Sophia Lillis) grabbed Milo directly from his school and she didn\'t work alone.', `quotes`: ['The truth unfolds in the finale: We discover that Carrie—the nanny Jenny hired to care for her children—orchestrated the abduction.', 'Carrie (played by Sophia Lillis) grabbed Milo directly from his school and she didn\'t work alone.', 'Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/kyle', `to`: 'all-her-fault/hidden-crime-josephine-murphy-kyle-milo-rob', `props`: {`confidence`: 0.85, `evidence`: ['7:1106-1237 0.8 STATED kidnap-plot', '8:1238-1335 0.85 STATED kidnap-active', '9:1336-1435 0.75 STATED kidnap-involved-scheme'], `quote`: 'Carrie (played by Sophia Lillis) grabbed Milo directly from his school and she didn\'t work alone.', `quotes`: ['The truth unfolds in the finale: We discover that Carrie—the nanny Jenny hired to care for her children—orchestrated the abduction.', 'Carrie (played by Sophia Lillis) grabbed Milo directly from his school and she didn\'t work alone.', 'Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/marissa-irvine', `to`: 'all-her-fault/hidden-killing-marissa-irvine-peter', `props`: {`confidence`: 0.75, `evidence`: ['49:5311-5473 0.75 IMPLIED kill-sabotage'], `quote`: 'The show then flashes back to reveal that Marissa deliberately removed the medical kit from their vehicle and replaced Peter\'s working EpiPen with an expired one.', `quotes`: ['The show then flashes back to reveal that Marissa deliberately removed the medical kit from their vehicle and replaced Peter\'s working EpiPen with an expired one.'], `sources`: ['all-her-fault-ending'], `status`: 'IMPLIED'}},
  {`from`: 'all-her-fault/peter', `to`: 'all-her-fault/baby-swap-josephine-murphy-milo-peter', `props`: {`confidence`: 0.85, `evidence`: ['21:2589-2673 0.75 ALLEGED kidnap-take-child', '22:2674-2729 0.85 STATED kin-possessive', '52:5799-5903 0.85 STATED kin-possessive'], `quote`: 'The boy we know as Milo is actually her biological son.', `quotes`: ['According to Josie, Peter switched the babies at the crash scene and took her child.', 'The boy we know as Milo is actually her biological son.', 'This genetic link confirms that Carrie/Josie was telling the truth about being Milo\'s biological mother.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/peter', `to`: 'all-her-fault/cover-up-brian-lia-peter', `props`: {`confidence`: 0.8, `evidence`: ['30:3663-3857 0.8 STATED injure-caused-mishap', '31:3858-3936 0.8 STATED cover-let-take-blame', '31:3858-3936 0.8 STATED injure-active'], `quote`: 'He\'s responsible for multiple deaths—not just the two people he killed during Milo\'s kidnapping—and viewers also learn he caused the accident that left his brother Brian (Daniel Monks) disabled.', `quotes`: ['He\'s responsible for multiple deaths—not just the two people he killed during Milo\'s kidnapping—and viewers also learn he caused the accident that left his brother Brian (Daniel Monks) disabled.', 'Peter tripped Brian and then let his sister Lia (Abby Elliott) take the blame.', 'Peter tripped Brian and then let his sister Lia (Abby Elliott) take the blame.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/peter', `to`: 'all-her-fault/hidden-killing-josephine-murphy-peter', `props`: {`confidence`: 0.9, `evidence`: ['23:2730-2841 0.9 STATED kill-active'], `quote`: 'During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.', `quotes`: ['During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/peter', `to`: 'all-her-fault/hidden-killing-milo-peter-rob', `props`: {`confidence`: 0.9, `evidence`: ['12:1601-1676 0.9 STATED kill-active'], `quote`: 'While Rob is counting the cash and distracted, Peter kills him with a lamp.', `quotes`: ['While Rob is counting the cash and distracted, Peter kills him with a lamp.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/rob', `to`: 'all-her-fault/hidden-crime-josephine-murphy-kyle-milo-rob', `props`: {`confidence`: 0.85, `evidence`: ['7:1106-1237 0.8 STATED kidnap-plot', '8:1238-1335 0.85 STATED kidnap-active', '9:1336-1435 0.75 STATED kidnap-involved-scheme'], `quote`: 'Carrie (played by Sophia Lillis) grabbed Milo directly from his school and she didn\'t work alone.', `quotes`: ['The truth unfolds in the finale: We discover that Carrie—the nanny Jenny hired to care for her children—orchestrated the abduction.', 'Carrie (played by Sophia Lillis) grabbed Milo directly from his school and she didn\'t work alone.', 'Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}}
] AS row
MATCH (a:`Character` {`id`: row.from})
MATCH (b:`Secret` {`id`: row.to})
MERGE (a)-[r:`KEEPS`]->(b)
SET r = row.props;

// (:Character)-[:KIDNAPPED]->(:Character) relationships (4)
UNWIND [
  {`from`: 'all-her-fault/josephine-murphy', `to`: 'all-her-fault/milo', `props`: {`confidence`: 0.85, `evidence`: ['7:1106-1237 0.8 STATED kidnap-plot', '8:1238-1335 0.85 STATED kidnap-active'], `quote`: 'Carrie (played by Sophia Lillis) grabbed Milo directly from his school and she didn\'t work alone.', `quotes`: ['The truth unfolds in the finale: We discover that Carrie—the nanny Jenny hired to care for her children—orchestrated the abduction.', 'Carrie (played by Sophia Lillis) grabbed Milo directly from his school and she didn\'t work alone.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/kyle', `to`: 'all-her-fault/milo', `props`: {`confidence`: 0.75, `evidence`: ['9:1336-1435 0.75 STATED kidnap-involved-scheme'], `quote`: 'Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.', `quotes`: ['Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/peter', `to`: 'all-her-fault/milo', `props`: {`confidence`: 0.75, `evidence`: ['21:2589-2673 0.75 ALLEGED kidnap-take-child'], `quote`: 'According to Josie, Peter switched the babies at the crash scene and took her child.', `quotes`: ['According to Josie, Peter switched the babies at the crash scene and took her child.'], `sources`: ['all-her-fault-ending'], `status`: 'ALLEGED'}},
  {`from`: 'all-her-fault/rob', `to`: 'all-her-fault/milo', `props`: {`confidence`: 0.75, `evidence`: ['9:1336-1435 0.75 STATED kidnap-involved-scheme'], `quote`: 'Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.', `quotes`: ['Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}}
] AS row
MATCH (a:`Character` {`id`: row.from})
MATCH (b:`Character` {`id`: row.to})
MERGE (a)-[r:`KIDNAPPED`]->(b)
SET r = row.props;

// (:Character)-[:KILLED]->(:Character) relationships (4)
UNWIND [
  {`from`: 'all-her-fault/josephine-murphy', `to`: 'all-her-fault/colin', `props`: {`accidental`: true, `accidentals`: [true], `confidence`: 0.9, `evidence`: ['19:2319-2495 0.9 STATED kill-active'], `quote`: 'She says she\'s not there to harm anyone and just wants Marissa to know the truth about her husband, before accidentally shooting and killing Marissa\'s friend Colin (Jay Ellis).', `quotes`: ['She says she\'s not there to harm anyone and just wants Marissa to know the truth about her husband, before accidentally shooting and killing Marissa\'s friend Colin (Jay Ellis).'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/marissa-irvine', `to`: 'all-her-fault/peter', `props`: {`accidental`: false, `accidentals`: [false], `confidence`: 0.75, `evidence`: ['49:5311-5473 0.75 IMPLIED kill-sabotage'], `quote`: 'The show then flashes back to reveal that Marissa deliberately removed the medical kit from their vehicle and replaced Peter\'s working EpiPen with an expired one.', `quotes`: ['The show then flashes back to reveal that Marissa deliberately removed the medical kit from their vehicle and replaced Peter\'s working EpiPen with an expired one.'], `sources`: ['all-her-fault-ending'], `status`: 'IMPLIED'}},
  {`from`: 'all-her-fault/peter', `to`: 'all-her-fault/josephine-murphy', `props`: {`accidental`: false, `accidentals`: [false], `confidence`: 0.9, `evidence`: ['23:2730-2841 0.9 STATED kill-active'], `quote`: 'During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.', `quotes`: ['During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/peter', `to`: 'all-her-fault/rob', `props`: {`accidental`: false, `accidentals`: [false], `confidence`: 0.9, `evidence`: ['12:1601-1676 0.9 STATED kill-active'], `quote`: 'While Rob is counting the cash and distracted, Peter kills him with a lamp.', `quotes`: ['While Rob is counting the cash and distracted, Peter kills him with a lamp.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}}
] AS row
MATCH (a:`Character` {`id`: row.from})
MATCH (b:`Character` {`id`: row.to})
MERGE (a)-[r:`KILLED`]->(b)
SET r = row.props;

// (:Character)-[:KNOWS]->(:Secret) relationships (17)
UNWIND [
  {`from`: 'all-her-fault/detective-alcaras', `to`: 'all-her-fault/baby-swap-josephine-murphy-milo-peter', `props`: {`confidence`: 0.75, `evidence`: ['50:5517-5662 0.75 IMPLIED disclose-piece-together.truth-stated-next', '53:5904-6012 0.75 IMPLIED disclose-know.everything-the-audience-knows'], `how`: 'DEDUCED', `hows`: ['DEDUCED', 'DISCOVERED'], `order`: 50, `orders`: [50, 53], `quote`: 'By the end of the series, Detective Alcaras (Michael Peña)—who\'s been investigating Milo\'s case from the beginning—has pieced together the truth.', `quotes`: ['By the end of the series, Detective Alcaras (Michael Peña)—who\'s been investigating Milo\'s case from the beginning—has pieced together the truth.', 'In one of the final scenes, Alcaras meets with Marissa and reveals that he knows the truth about everything.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending'], `status`: 'IMPLIED', `when`: 'By the end of the series', `whens`: ['By the end of the series', 'In one of the final scenes']}},
  {`from`: 'all-her-fault/detective-alcaras', `to`: 'all-her-fault/hidden-killing-josephine-murphy-peter', `props`: {`confidence`: 0.75, `evidence`: ['53:5904-6012 0.75 IMPLIED disclose-know.everything-the-audience-knows'], `how`: 'DISCOVERED', `hows`: ['DISCOVERED'], `order`: 53, `orders`: [53], `quote`: 'In one of the final scenes, Alcaras meets with Marissa and reveals that he knows the truth about everything.', `quotes`: ['In one of the final scenes, Alcaras meets with Marissa and reveals that he knows the truth about everything.'], `sources`: ['all-her-fault-ending'], `status`: 'IMPLIED', `when`: 'In one of the final scenes', `whens`: ['In one of the final scenes']}},
  {`from`: 'all-her-fault/detective-alcaras', `to`: 'all-her-fault/hidden-killing-marissa-irvine-peter', `props`: {`confidence`: 0.75, `evidence`: ['53:5904-6012 0.75 IMPLIED disclose-know.everything-the-audience-knows'], `how`: 'DISCOVERED', `hows`: ['DISCOVERED'], `order`: 53, `orders`: [53], `quote`: 'In one of the final scenes, Alcaras meets with Marissa and reveals that he knows the truth about everything.', `quotes`: ['In one of the final scenes, Alcaras meets with Marissa and reveals that he knows the truth about everything.'], `sources`: ['all-her-fault-ending'], `status`: 'IMPLIED', `when`: 'In one of the final scenes', `whens`: ['In one of the final scenes']}},
  {`from`: 'all-her-fault/detective-alcaras', `to`: 'all-her-fault/hidden-killing-milo-peter-rob', `props`: {`confidence`: 0.75, `evidence`: ['53:5904-6012 0.75 IMPLIED disclose-know.everything-the-audience-knows'], `how`: 'DISCOVERED', `hows`: ['DISCOVERED'], `order`: 53, `orders`: [53], `quote`: 'In one of the final scenes, Alcaras meets with Marissa and reveals that he knows the truth about everything.', `quotes`: ['In one of the final scenes, Alcaras meets with Marissa and reveals that he knows the truth about everything.'], `sources`: ['all-her-fault-ending'], `status`: 'IMPLIED', `when`: 'In one of the final scenes', `whens`: ['In one of the final scenes']}},
  {`from`: 'all-her-fault/josephine-murphy', `to`: 'all-her-fault/baby-swap-josephine-murphy-milo-peter', `props`: {`confidence`: 0.85, `evidence`: ['22:2674-2729 0.85 STATED kin-possessive', '52:5799-5903 0.75 IMPLIED disclose-tell.deeds-in-content'], `how`: 'DISCOVERED', `hows`: ['DISCOVERED', 'CONFESSED'], `order`: 22, `orders`: [22, 52], `quote`: 'The boy we know as Milo is actually her biological son.', `quotes`: ['The boy we know as Milo is actually her biological son.', 'This genetic link confirms that Carrie/Josie was telling the truth about being Milo\'s biological mother.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED', `whens`: ['', '']}},
  {`from`: 'all-her-fault/josephine-murphy', `to`: 'all-her-fault/false-identity-josephine-murphy', `props`: {`confidence`: 0.8, `evidence`: ['15:2016-2093 0.8 STATED secret-false-identity'], `how`: 'TOOK_PART', `hows`: ['TOOK_PART'], `order`: 15, `orders`: [15], `quote`: 'Carrie isn\'t Carrie Finch at all — her real name is Josephine "Josie" Murphy.', `quotes`: ['Carrie isn\'t Carrie Finch at all — her real name is Josephine "Josie" Murphy.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED', `whens`: ['']}},
  {`from`: 'all-her-fault/josephine-murphy', `to`: 'all-her-fault/hidden-crime-josephine-murphy-kyle-milo-rob', `props`: {`confidence`: 0.8, `evidence`: ['7:1106-1237 0.8 STATED kidnap-plot'], `how`: 'TOOK_PART', `hows`: ['TOOK_PART'], `order`: 7, `orders`: [7], `quote`: 'The truth unfolds in the finale: We discover that Carrie—the nanny Jenny hired to care for her children—orchestrated the abduction.', `quotes`: ['The truth unfolds in the finale: We discover that Carrie—the nanny Jenny hired to care for her children—orchestrated the abduction.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED', `when`: 'in the finale', `whens`: ['in the finale']}},
  {`from`: 'all-her-fault/kyle', `to`: 'all-her-fault/hidden-crime-josephine-murphy-kyle-milo-rob', `props`: {`confidence`: 0.75, `evidence`: ['9:1336-1435 0.75 STATED kidnap-involved-scheme'], `how`: 'TOOK_PART', `hows`: ['TOOK_PART'], `order`: 9, `orders`: [9], `quote`: 'Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.', `quotes`: ['Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED', `whens`: ['']}},
  {`from`: 'all-her-fault/marissa-irvine', `to`: 'all-her-fault/baby-swap-josephine-murphy-milo-peter', `props`: {`confidence`: 0.75, `evidence`: ['23:2730-2841 0.75 IMPLIED disclose-confess.everything-the-teller-keeps'], `how`: 'TOLD', `hows`: ['TOLD'], `order`: 23, `orders`: [23], `quote`: 'During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.', `quotes`: ['During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.'], `sources`: ['all-her-fault-ending'], `status`: 'IMPLIED', `whens`: ['']}},
  {`from`: 'all-her-fault/marissa-irvine', `to`: 'all-her-fault/hidden-killing-josephine-murphy-peter', `props`: {`confidence`: 0.75, `evidence`: ['23:2730-2841 0.75 IMPLIED disclose-confess.everything-the-teller-keeps'], `how`: 'TOLD', `hows`: ['TOLD'], `order`: 23, `orders`: [23], `quote`: 'During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.', `quotes`: ['During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.'], `sources`: ['all-her-fault-ending'], `status`: 'IMPLIED', `whens`: ['']}},
  {`from`: 'all-her-fault/marissa-irvine', `to`: 'all-her-fault/hidden-killing-marissa-irvine-peter', `props`: {`confidence`: 0.75, `evidence`: ['49:5311-5473 0.75 IMPLIED kill-sabotage'], `how`: 'TOOK_PART', `hows`: ['TOOK_PART'], `order`: 49, `orders`: [49], `quote`: 'The show then flashes back to reveal that Marissa deliberately removed the medical kit from their vehicle and replaced Peter\'s working EpiPen with an expired one.', `quotes`: ['The show then flashes back to reveal that Marissa deliberately removed the medical kit from their vehicle and replaced Peter\'s working EpiPen with an expired one.'], `sources`: ['all-her-fault-ending'], `status`: 'IMPLIED', `whens`: ['']}},
  {`from`: 'all-her-fault/marissa-irvine', `to`: 'all-her-fault/hidden-killing-milo-peter-rob', `props`: {`confidence`: 0.75, `evidence`: ['23:2730-2841 0.75 IMPLIED disclose-confess.everything-the-teller-keeps'], `how`: 'TOLD', `hows`: ['TOLD'], `order`: 23, `orders`: [23], `quote`: 'During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.', `quotes`: ['During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.'], `sources`: ['all-her-fault-ending'], `status`: 'IMPLIED', `whens`: ['']}},
  {`from`: 'all-her-fault/peter', `to`: 'all-her-fault/baby-swap-josephine-murphy-milo-peter', `props`: {`confidence`: 0.75, `evidence`: ['21:2589-2673 0.75 ALLEGED kidnap-take-child', '23:2730-2841 0.75 IMPLIED disclose-confess.everything-the-teller-keeps'], `how`: 'TOOK_PART', `hows`: ['TOOK_PART', 'CONFESSED'], `order`: 21, `orders`: [21, 23], `quote`: 'According to Josie, Peter switched the babies at the crash scene and took her child.', `quotes`: ['According to Josie, Peter switched the babies at the crash scene and took her child.', 'During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending'], `status`: 'IMPLIED', `whens`: ['', '']}},
  {`from`: 'all-her-fault/peter', `to`: 'all-her-fault/cover-up-brian-lia-peter', `props`: {`confidence`: 0.8, `evidence`: ['30:3663-3857 0.8 STATED injure-caused-mishap'], `how`: 'TOOK_PART', `hows`: ['TOOK_PART'], `order`: 30, `orders`: [30], `quote`: 'He\'s responsible for multiple deaths—not just the two people he killed during Milo\'s kidnapping—and viewers also learn he caused the accident that left his brother Brian (Daniel Monks) disabled.', `quotes`: ['He\'s responsible for multiple deaths—not just the two people he killed during Milo\'s kidnapping—and viewers also learn he caused the accident that left his brother Brian (Daniel Monks) disabled.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED', `whens`: ['']}},
  {`from`: 'all-her-fault/peter', `to`: 'all-her-fault/hidden-killing-josephine-murphy-peter', `props`: {`confidence`: 0.9, `evidence`: ['23:2730-2841 0.75 IMPLIED disclose-confess.everything-the-teller-keeps', '23:2730-2841 0.9 STATED kill-active'], `how`: 'TOOK_PART', `hows`: ['CONFESSED', 'TOOK_PART'], `order`: 23, `orders`: [23, 23], `quote`: 'During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.', `quotes`: ['During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.', 'During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED', `whens`: ['', '']}},
  {`from`: 'all-her-fault/peter', `to`: 'all-her-fault/hidden-killing-milo-peter-rob', `props`: {`confidence`: 0.9, `evidence`: ['12:1601-1676 0.9 STATED kill-active', '23:2730-2841 0.75 IMPLIED disclose-confess.everything-the-teller-keeps'], `how`: 'TOOK_PART', `hows`: ['TOOK_PART', 'CONFESSED'], `order`: 12, `orders`: [12, 23], `quote`: 'While Rob is counting the cash and distracted, Peter kills him with a lamp.', `quotes`: ['While Rob is counting the cash and distracted, Peter kills him with a lamp.', 'During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED', `whens`: ['', '']}},
  {`from`: 'all-her-fault/rob', `to`: 'all-her-fault/hidden-crime-josephine-murphy-kyle-milo-rob', `props`: {`confidence`: 0.75, `evidence`: ['9:1336-1435 0.75 STATED kidnap-involved-scheme'], `how`: 'TOOK_PART', `hows`: ['TOOK_PART'], `order`: 9, `orders`: [9], `quote`: 'Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.', `quotes`: ['Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED', `whens`: ['']}}
] AS row
MATCH (a:`Character` {`id`: row.from})
MATCH (b:`Secret` {`id`: row.to})
MERGE (a)-[r:`KNOWS`]->(b)
SET r = row.props;

// (:Character)-[:MARRIED_TO]->(:Character) relationships (1)
UNWIND [
  {`from`: 'all-her-fault/marissa-irvine', `to`: 'all-her-fault/peter', `props`: {`confidence`: 0.7, `evidence`: ['19:2319-2495 0.7 IMPLIED kin-possessive'], `quote`: 'She says she\'s not there to harm anyone and just wants Marissa to know the truth about her husband, before accidentally shooting and killing Marissa\'s friend Colin (Jay Ellis).', `quotes`: ['She says she\'s not there to harm anyone and just wants Marissa to know the truth about her husband, before accidentally shooting and killing Marissa\'s friend Colin (Jay Ellis).'], `sources`: ['all-her-fault-ending'], `status`: 'IMPLIED'}}
] AS row
MATCH (a:`Character` {`id`: row.from})
MATCH (b:`Character` {`id`: row.to})
MERGE (a)-[r:`MARRIED_TO`]->(b)
SET r = row.props;

// (:Document)-[:MENTIONS]->(:Character) relationships (11)
UNWIND [
  {`from`: 'all-her-fault-ending', `to`: 'all-her-fault/brian', `props`: {`aliases`: [], `evidence`: ['30:3663-3857 0.95 STATED resolve.pattern-name', '30:3827-3847 0.95 STATED casting.either-paren'], `gender`: 'MALE', `mentions`: 2, `name`: 'Brian', `quotes`: ['He\'s responsible for multiple deaths—not just the two people he killed during Milo\'s kidnapping—and viewers also learn he caused the accident that left his brother Brian (Daniel Monks) disabled.', 'Brian (Daniel Monks)']}},
  {`from`: 'all-her-fault-ending', `to`: 'all-her-fault/colin', `props`: {`aliases`: [], `evidence`: ['19:2319-2495 0.95 STATED resolve.pattern-name', '19:2477-2494 0.95 STATED casting.either-paren'], `gender`: 'UNKNOWN', `mentions`: 2, `name`: 'Colin', `quotes`: ['She says she\'s not there to harm anyone and just wants Marissa to know the truth about her husband, before accidentally shooting and killing Marissa\'s friend Colin (Jay Ellis).', 'Colin (Jay Ellis)']}},
  {`from`: 'all-her-fault-ending', `to`: 'all-her-fault/detective-alcaras', `props`: {`aliases`: ['Alcaras'], `evidence`: ['50:5517-5662 0.95 STATED resolve.pattern-name', '50:5553-5575 0.95 STATED casting.either-paren'], `gender`: 'MALE', `mentions`: 7, `name`: 'Detective Alcaras', `quotes`: ['By the end of the series, Detective Alcaras (Michael Peña)—who\'s been investigating Milo\'s case from the beginning—has pieced together the truth.', 'Alcaras (Michael Peña)']}},
  {`from`: 'all-her-fault-ending', `to`: 'all-her-fault/jenny', `props`: {`aliases`: [], `evidence`: ['6:944-1105 0.95 STATED resolve.pattern-name', '6:997-1019 0.95 STATED casting.either-paren'], `gender`: 'FEMALE', `mentions`: 5, `name`: 'Jenny', `quotes`: ['When Marissa arrives to collect him from the home of Jenny (Dakota Fanning), she discovers that Jenny never arranged any playdate— and that her son has vanished.', 'Jenny (Dakota Fanning)']}},
  {`from`: 'all-her-fault-ending', `to`: 'all-her-fault/josephine-murphy', `props`: {`aliases`: ['Carrie', 'Carrie Finch', 'Josephine', 'Josie', 'Murphy', 'Josie Murphy'], `evidence`: ['7:1106-1237 0.9 STATED resolve.ner-person', '8:1238-1270 0.95 STATED casting.played-by-paren'], `gender`: 'FEMALE', `mentions`: 29, `name`: 'Josephine Murphy', `quotes`: ['The truth unfolds in the finale: We discover that Carrie—the nanny Jenny hired to care for her children—orchestrated the abduction.', 'Carrie (played by Sophia Lillis)']}},
  {`from`: 'all-her-fault-ending', `to`: 'all-her-fault/kyle', `props`: {`aliases`: [], `evidence`: ['9:1336-1435 0.9 STATED resolve.ner-person'], `gender`: 'MALE', `mentions`: 1, `name`: 'Kyle', `quotes`: ['Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.']}},
  {`from`: 'all-her-fault-ending', `to`: 'all-her-fault/lia', `props`: {`aliases`: [], `evidence`: ['31:3858-3936 0.95 STATED resolve.pattern-name', '31:3902-3920 0.95 STATED casting.either-paren'], `gender`: 'FEMALE', `mentions`: 1, `name`: 'Lia', `quotes`: ['Peter tripped Brian and then let his sister Lia (Abby Elliott) take the blame.', 'Lia (Abby Elliott)']}},
  {`from`: 'all-her-fault-ending', `to`: 'all-her-fault/marissa-irvine', `props`: {`aliases`: ['Marissa'], `evidence`: ['1:174-394 0.95 STATED resolve.pattern-name', '1:237-272 0.95 STATED casting.stars-as'], `gender`: 'FEMALE', `mentions`: 27, `name`: 'Marissa Irvine', `quotes`: ['The limited series, based on Andrea Mara\'s best-selling novel, stars Sarah Snook as Marissa Irvine, a mother whose life implodes when her five-year-old son Milo vanishes during what was supposed to be his first playdate.', 'stars Sarah Snook as Marissa Irvine']}},
  {`from`: 'all-her-fault-ending', `to`: 'all-her-fault/milo', `props`: {`aliases`: [], `evidence`: ['1:174-394 0.9 STATED resolve.ner-person'], `gender`: 'MALE', `mentions`: 26, `name`: 'Milo', `quotes`: ['The limited series, based on Andrea Mara\'s best-selling novel, stars Sarah Snook as Marissa Irvine, a mother whose life implodes when her five-year-old son Milo vanishes during what was supposed to be his first playdate.']}},
  {`from`: 'all-her-fault-ending', `to`: 'all-her-fault/peter', `props`: {`aliases`: [], `evidence`: ['10:1436-1541 0.95 STATED resolve.pattern-name', '10:1479-1496 0.95 STATED casting.either-paren'], `gender`: 'MALE', `mentions`: 51, `name`: 'Peter', `quotes`: ['Milo is eventually rescued when his father Peter (Jake Lacy) figures out where the kidnappers are hiding.', 'Peter (Jake Lacy)']}},
  {`from`: 'all-her-fault-ending', `to`: 'all-her-fault/rob', `props`: {`aliases`: [], `evidence`: ['9:1336-1435 0.9 STATED resolve.ner-person'], `gender`: 'MALE', `mentions`: 3, `name`: 'Rob', `quotes`: ['Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.']}}
] AS row
MATCH (a:`Document` {`id`: row.from})
MATCH (b:`Character` {`id`: row.to})
MERGE (a)-[r:`MENTIONS`]->(b)
SET r = row.props;

// (:Character)-[:PARENT_OF]->(:Character) relationships (3)
UNWIND [
  {`from`: 'all-her-fault/marissa-irvine', `to`: 'all-her-fault/milo', `props`: {`confidence`: 0.85, `evidence`: ['1:174-394 0.85 STATED kin-possessive', '6:944-1105 0.85 STATED kin-possessive'], `quote`: 'The limited series, based on Andrea Mara\'s best-selling novel, stars Sarah Snook as Marissa Irvine, a mother whose life implodes when her five-year-old son Milo vanishes during what was supposed to be his first playdate.', `quotes`: ['The limited series, based on Andrea Mara\'s best-selling novel, stars Sarah Snook as Marissa Irvine, a mother whose life implodes when her five-year-old son Milo vanishes during what was supposed to be his first playdate.', 'When Marissa arrives to collect him from the home of Jenny (Dakota Fanning), she discovers that Jenny never arranged any playdate— and that her son has vanished.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/peter', `to`: 'all-her-fault/milo', `props`: {`confidence`: 0.85, `evidence`: ['10:1436-1541 0.85 STATED kin-possessive'], `quote`: 'Milo is eventually rescued when his father Peter (Jake Lacy) figures out where the kidnappers are hiding.', `quotes`: ['Milo is eventually rescued when his father Peter (Jake Lacy) figures out where the kidnappers are hiding.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/rob', `to`: 'all-her-fault/josephine-murphy', `props`: {`confidence`: 0.85, `evidence`: ['9:1336-1435 0.85 STATED kin-possessive'], `quote`: 'Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.', `quotes`: ['Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}}
] AS row
MATCH (a:`Character` {`id`: row.from})
MATCH (b:`Character` {`id`: row.to})
MERGE (a)-[r:`PARENT_OF`]->(b)
SET r = row.props;

// (:Actor)-[:PLAYS]->(:Character) relationships (8)
UNWIND [
  {`from`: 'abby-elliott', `to`: 'all-her-fault/lia', `props`: {`confidence`: 0.95, `evidence`: ['31:3858-3936 0.95 STATED resolve.pattern-name', '31:3902-3920 0.95 STATED casting.either-paren'], `quote`: 'Peter tripped Brian and then let his sister Lia (Abby Elliott) take the blame.', `quotes`: ['Peter tripped Brian and then let his sister Lia (Abby Elliott) take the blame.', 'Lia (Abby Elliott)'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'dakota-fanning', `to`: 'all-her-fault/jenny', `props`: {`confidence`: 0.95, `evidence`: ['6:944-1105 0.95 STATED resolve.pattern-name', '6:997-1019 0.95 STATED casting.either-paren'], `quote`: 'When Marissa arrives to collect him from the home of Jenny (Dakota Fanning), she discovers that Jenny never arranged any playdate— and that her son has vanished.', `quotes`: ['When Marissa arrives to collect him from the home of Jenny (Dakota Fanning), she discovers that Jenny never arranged any playdate— and that her son has vanished.', 'Jenny (Dakota Fanning)'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'daniel-monks', `to`: 'all-her-fault/brian', `props`: {`confidence`: 0.95, `evidence`: ['30:3663-3857 0.95 STATED resolve.pattern-name', '30:3827-3847 0.95 STATED casting.either-paren'], `quote`: 'He\'s responsible for multiple deaths—not just the two people he killed during Milo\'s kidnapping—and viewers also learn he caused the accident that left his brother Brian (Daniel Monks) disabled.', `quotes`: ['He\'s responsible for multiple deaths—not just the two people he killed during Milo\'s kidnapping—and viewers also learn he caused the accident that left his brother Brian (Daniel Monks) disabled.', 'Brian (Daniel Monks)'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'jake-lacy', `to`: 'all-her-fault/peter', `props`: {`confidence`: 0.95, `evidence`: ['10:1436-1541 0.95 STATED resolve.pattern-name', '10:1479-1496 0.95 STATED casting.either-paren'], `quote`: 'Milo is eventually rescued when his father Peter (Jake Lacy) figures out where the kidnappers are hiding.', `quotes`: ['Milo is eventually rescued when his father Peter (Jake Lacy) figures out where the kidnappers are hiding.', 'Peter (Jake Lacy)'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'jay-ellis', `to`: 'all-her-fault/colin', `props`: {`confidence`: 0.95, `evidence`: ['19:2319-2495 0.95 STATED resolve.pattern-name', '19:2477-2494 0.95 STATED casting.either-paren'], `quote`: 'She says she\'s not there to harm anyone and just wants Marissa to know the truth about her husband, before accidentally shooting and killing Marissa\'s friend Colin (Jay Ellis).', `quotes`: ['She says she\'s not there to harm anyone and just wants Marissa to know the truth about her husband, before accidentally shooting and killing Marissa\'s friend Colin (Jay Ellis).', 'Colin (Jay Ellis)'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'michael-pena', `to`: 'all-her-fault/detective-alcaras', `props`: {`confidence`: 0.95, `evidence`: ['50:5517-5662 0.95 STATED resolve.pattern-name', '50:5553-5575 0.95 STATED casting.either-paren'], `quote`: 'By the end of the series, Detective Alcaras (Michael Peña)—who\'s been investigating Milo\'s case from the beginning—has pieced together the truth.', `quotes`: ['By the end of the series, Detective Alcaras (Michael Peña)—who\'s been investigating Milo\'s case from the beginning—has pieced together the truth.', 'Alcaras (Michael Peña)'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'sarah-snook', `to`: 'all-her-fault/marissa-irvine', `props`: {`confidence`: 0.95, `evidence`: ['1:174-394 0.95 STATED resolve.pattern-name', '1:237-272 0.95 STATED casting.stars-as'], `quote`: 'The limited series, based on Andrea Mara\'s best-selling novel, stars Sarah Snook as Marissa Irvine, a mother whose life implodes when her five-year-old son Milo vanishes during what was supposed to be his first playdate.', `quotes`: ['The limited series, based on Andrea Mara\'s best-selling novel, stars Sarah Snook as Marissa Irvine, a mother whose life implodes when her five-year-old son Milo vanishes during what was supposed to be his first playdate.', 'stars Sarah Snook as Marissa Irvine'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'sophia-lillis', `to`: 'all-her-fault/josephine-murphy', `props`: {`confidence`: 0.95, `evidence`: ['8:1238-1270 0.95 STATED casting.played-by-paren'], `quote`: 'Carrie (played by Sophia Lillis)', `quotes`: ['Carrie (played by Sophia Lillis)'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}}
] AS row
MATCH (a:`Actor` {`id`: row.from})
MATCH (b:`Character` {`id`: row.to})
MERGE (a)-[r:`PLAYS`]->(b)
SET r = row.props;

// (:Document)-[:REPORTS]->(:Secret) relationships (7)
UNWIND [
  {`from`: 'all-her-fault-ending', `to`: 'all-her-fault/baby-swap-josephine-murphy-milo-peter', `props`: {`evidence`: ['21:2589-2673 0.75 ALLEGED kidnap-take-child', '22:2674-2729 0.85 STATED kin-possessive', '52:5799-5903 0.85 STATED kin-possessive'], `kind`: 'BABY_SWAP', `quotes`: ['According to Josie, Peter switched the babies at the crash scene and took her child.', 'The boy we know as Milo is actually her biological son.', 'This genetic link confirms that Carrie/Josie was telling the truth about being Milo\'s biological mother.'], `statement`: 'Milo is Josephine Murphy\'s biological child; Peter swapped the babies and took the child'}},
  {`from`: 'all-her-fault-ending', `to`: 'all-her-fault/cover-up-brian-lia-peter', `props`: {`evidence`: ['30:3663-3857 0.8 STATED injure-caused-mishap', '31:3858-3936 0.8 STATED cover-let-take-blame', '31:3858-3936 0.8 STATED injure-active'], `kind`: 'COVER_UP', `quotes`: ['He\'s responsible for multiple deaths—not just the two people he killed during Milo\'s kidnapping—and viewers also learn he caused the accident that left his brother Brian (Daniel Monks) disabled.', 'Peter tripped Brian and then let his sister Lia (Abby Elliott) take the blame.', 'Peter tripped Brian and then let his sister Lia (Abby Elliott) take the blame.'], `statement`: 'Peter injured Brian and let Lia take the blame'}},
  {`from`: 'all-her-fault-ending', `to`: 'all-her-fault/false-identity-josephine-murphy', `props`: {`evidence`: ['15:2016-2093 0.8 STATED secret-false-identity'], `kind`: 'FALSE_IDENTITY', `quotes`: ['Carrie isn\'t Carrie Finch at all — her real name is Josephine "Josie" Murphy.'], `statement`: 'Josephine Murphy lives under a false identity: Carrie isn\'t Carrie Finch at all — her real name is Josephine "Josie" Murphy.'}},
  {`from`: 'all-her-fault-ending', `to`: 'all-her-fault/hidden-crime-josephine-murphy-kyle-milo-rob', `props`: {`evidence`: ['7:1106-1237 0.8 STATED kidnap-plot', '8:1238-1335 0.85 STATED kidnap-active', '9:1336-1435 0.75 STATED kidnap-involved-scheme'], `kind`: 'HIDDEN_CRIME', `quotes`: ['The truth unfolds in the finale: We discover that Carrie—the nanny Jenny hired to care for her children—orchestrated the abduction.', 'Carrie (played by Sophia Lillis) grabbed Milo directly from his school and she didn\'t work alone.', 'Her criminal ex-boyfriend Kyle and her father Rob were also both involved in the kidnapping scheme.'], `statement`: 'Josephine Murphy, Kyle and Rob kidnapped Milo'}},
  {`from`: 'all-her-fault-ending', `to`: 'all-her-fault/hidden-killing-josephine-murphy-peter', `props`: {`evidence`: ['23:2730-2841 0.9 STATED kill-active'], `kind`: 'HIDDEN_KILLING', `quotes`: ['During the confrontation, Peter wrestles Josie for the gun and kills her, then confesses everything to Marissa.'], `statement`: 'Peter killed Josephine Murphy'}},
  {`from`: 'all-her-fault-ending', `to`: 'all-her-fault/hidden-killing-marissa-irvine-peter', `props`: {`evidence`: ['49:5311-5473 0.75 IMPLIED kill-sabotage'], `kind`: 'HIDDEN_KILLING', `quotes`: ['The show then flashes back to reveal that Marissa deliberately removed the medical kit from their vehicle and replaced Peter\'s working EpiPen with an expired one.'], `statement`: 'Marissa Irvine killed Peter and made the death look like an accident'}},
  {`from`: 'all-her-fault-ending', `to`: 'all-her-fault/hidden-killing-milo-peter-rob', `props`: {`evidence`: ['12:1601-1676 0.9 STATED kill-active'], `kind`: 'HIDDEN_KILLING', `quotes`: ['While Rob is counting the cash and distracted, Peter kills him with a lamp.'], `statement`: 'Peter killed Rob and disguised what happened'}}
] AS row
MATCH (a:`Document` {`id`: row.from})
MATCH (b:`Secret` {`id`: row.to})
MERGE (a)-[r:`REPORTS`]->(b)
SET r = row.props;

// (:Character)-[:SECRETLY_PARENT_OF]->(:Character) relationships (1)
UNWIND [
  {`from`: 'all-her-fault/josephine-murphy', `to`: 'all-her-fault/milo', `props`: {`confidence`: 0.85, `evidence`: ['22:2674-2729 0.85 STATED kin-possessive', '52:5799-5903 0.85 STATED kin-possessive'], `quote`: 'The boy we know as Milo is actually her biological son.', `quotes`: ['The boy we know as Milo is actually her biological son.', 'This genetic link confirms that Carrie/Josie was telling the truth about being Milo\'s biological mother.'], `sources`: ['all-her-fault-ending', 'all-her-fault-ending'], `status`: 'STATED'}}
] AS row
MATCH (a:`Character` {`id`: row.from})
MATCH (b:`Character` {`id`: row.to})
MERGE (a)-[r:`SECRETLY_PARENT_OF`]->(b)
SET r = row.props;

// (:Character)-[:SIBLING_OF]->(:Character) relationships (2)
UNWIND [
  {`from`: 'all-her-fault/brian', `to`: 'all-her-fault/peter', `props`: {`confidence`: 0.85, `evidence`: ['30:3663-3857 0.85 STATED kin-possessive'], `quote`: 'He\'s responsible for multiple deaths—not just the two people he killed during Milo\'s kidnapping—and viewers also learn he caused the accident that left his brother Brian (Daniel Monks) disabled.', `quotes`: ['He\'s responsible for multiple deaths—not just the two people he killed during Milo\'s kidnapping—and viewers also learn he caused the accident that left his brother Brian (Daniel Monks) disabled.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}},
  {`from`: 'all-her-fault/lia', `to`: 'all-her-fault/peter', `props`: {`confidence`: 0.85, `evidence`: ['31:3858-3936 0.85 STATED kin-possessive'], `quote`: 'Peter tripped Brian and then let his sister Lia (Abby Elliott) take the blame.', `quotes`: ['Peter tripped Brian and then let his sister Lia (Abby Elliott) take the blame.'], `sources`: ['all-her-fault-ending'], `status`: 'STATED'}}
] AS row
MATCH (a:`Character` {`id`: row.from})
MATCH (b:`Character` {`id`: row.to})
MERGE (a)-[r:`SIBLING_OF`]->(b)
SET r = row.props;
