package charactergraph.loader.write;

import charactergraph.model.EvidenceEntry;
import charactergraph.model.Character;
import charactergraph.model.DocumentInfo;
import charactergraph.model.Evidence;
import charactergraph.model.Extraction;
import charactergraph.model.Knowledge;
import charactergraph.model.Relation;
import charactergraph.model.RelationType;
import charactergraph.model.Secret;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes one article's {@link Extraction} into Neo4j, following the graph model of the README.
 *
 * <p>Each article is one transaction ({@code executeWrite}, which retries transient errors): a failure anywhere
 * leaves the graph as it was. Inside it the writer first takes the document's previous contribution out (its entries
 * in the aligned provenance lists, its MENTIONS and REPORTS), then adds the new one with batched
 * {@code UNWIND $rows ... MERGE} statements from {@code cypher/writer/}, then deletes whatever no document supports
 * any more and recomputes summaries and names. So loading the same article twice changes nothing, and loading a
 * changed version replaces exactly what the old version contributed.
 */
public final class GraphWriter {
    /** Rows per statement: large enough to amortize a round trip, small enough to keep parameter maps modest. */
    static final int BATCH = 10_000;

    private final Driver driver;
    private final String database;
    private final WriteHook hook;

    public GraphWriter(Driver driver) {
        this(driver, null, WriteHook.NONE);
    }

    public GraphWriter(Driver driver, String database, WriteHook hook) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.database = database;
        this.hook = hook == null ? WriteHook.NONE : hook;
    }

    /** True when the graph already holds this document at exactly this content hash: no need to run the NLP. */
    public boolean isLoaded(String documentId, String sha256) {
        try (Session session = session()) {
            return session.executeRead(tx -> {
                var rows = run(tx, "read-document", Map.of("doc", documentId));
                return !rows.isEmpty() && Objects.equals(rows.get(0).get("sha256").asString(null), sha256);
            });
        }
    }

    /**
     * True when the graph holds this document with the same content hash in the same story, so loading it again
     * would change nothing (a story given on the command line can move an unchanged file to another story).
     */
    public boolean isLoaded(DocumentInfo document) {
        try (Session session = session()) {
            return session.executeRead(tx -> {
                var rows = run(tx, "read-document", Map.of("doc", document.id()));
                return !rows.isEmpty()
                        && Objects.equals(rows.get(0).get("sha256").asString(null), document.sha256())
                        && Objects.equals(rows.get(0).get("story").asString(null), Slugs.slug(document.story()));
            });
        }
    }

    /** Removes a document and everything only it supported. Returns false when the document was not loaded. */
    public boolean removeDocument(String documentId) {
        try (Session session = session()) {
            return session.executeWrite(tx -> {
                var rows = run(tx, "read-document", Map.of("doc", documentId));
                if (rows.isEmpty()) {
                    return false;
                }
                String story = rows.get(0).get("story").asString(null);
                if (story != null) {
                    // the same lock as a write of that story, so a removal never interleaves with one
                    run(tx, "lock-stories", Map.of("ids", List.of(story)));
                    if (run(tx, "read-document", Map.of("doc", documentId)).isEmpty()) {
                        return false;
                    }
                }
                Previous previous = takeOut(tx, documentId);
                tidy(tx, previous.relationshipIds(), previous.characterIds(), previous.secretIds(), List.of());
                run(tx, "delete-document", Map.of("doc", documentId));
                tidy(tx, List.of(), List.of(), List.of(), previous.storyIds());
                return true;
            });
        }
    }

    /** Node and relationship counts, for summaries and tests. */
    public GraphCounts counts() {
        try (Session session = session()) {
            return session.executeRead(tx -> {
                Record r = run(tx, "counts", Map.of()).get(0);
                return new GraphCounts(r.get("documents").asLong(), r.get("characters").asLong(),
                        r.get("relationships").asLong(), r.get("secrets").asLong(), r.get("actors").asLong());
            });
        }
    }

    /**
     * Writes one article in one transaction, replacing what an earlier version of the same document contributed,
     * even when the graph already holds these bytes (so that new extraction rules take effect).
     */
    public WriteResult write(Extraction extraction) {
        return write(extraction, null, false);
    }

    /**
     * Like {@link #write(Extraction)}, and keeps {@code text}, the article as the extractor read it (the characters
     * every evidence offset points into), on the document node, so that a reader can see each quoted sentence in
     * its place. A null text keeps none (an earlier version's text, whose offsets no longer hold, goes).
     */
    public WriteResult write(Extraction extraction, String text) {
        return write(extraction, text, false);
    }

    /**
     * Like {@link #write(Extraction)}, but when the graph already holds this document's bytes in this story (found
     * inside the transaction, after the story's lock: another load of the same article may have committed while
     * this one was extracting) it writes nothing but the document's title and source, if they changed, and returns
     * a result with {@link WriteResult#unchanged()} set.
     */
    public WriteResult writeIfChanged(Extraction extraction) {
        return write(extraction, null, true);
    }

    /** {@link #writeIfChanged(Extraction)} keeping the article's text, as {@link #write(Extraction, String)}. */
    public WriteResult writeIfChanged(Extraction extraction, String text) {
        return write(extraction, text, true);
    }

    private WriteResult write(Extraction extraction, String text, boolean skipIfLoaded) {
        Objects.requireNonNull(extraction, "extraction");
        DocumentInfo doc = extraction.document();
        String storyId = Slugs.slug(doc.story());
        if (storyId.isEmpty()) {
            throw new IllegalArgumentException("document " + doc.id() + " has no usable story name: '"
                    + doc.story() + "'");
        }
        // executeWrite retries the whole function on transient errors (a deadlock with a writer of another story
        // over a shared actor node, a lock wait cut short): it only reads the extraction and builds everything
        // else afresh, so running it again is safe.
        try (Session session = session()) {
            return session.executeWrite(tx -> {
                Record stored = lockStories(tx, doc.id(), storyId, doc.story());
                if (skipIfLoaded && stored != null && holds(stored, doc, storyId)) {
                    updateMetadata(tx, stored, doc);
                    fillText(tx, doc, text);
                    return new WriteResult(doc.id(), Map.of(), 0, 0, 0, List.of(), true);
                }
                return writeIn(tx, extraction, text, storyId);
            });
        }
    }

    /** What {@link #refresh} found. */
    public enum Refresh {
        /** The graph does not hold these bytes in this story: the article needs extracting and writing. */
        NOT_LOADED,
        /** The graph holds exactly this document: nothing to do. */
        UNCHANGED,
        /** Same bytes and story, new title or source: the document node was updated, nothing else changes. */
        METADATA_UPDATED
    }

    /**
     * For a document about to be loaded: when the graph holds these bytes in this story, brings the stored title
     * and source up to date (a changed {@code .meta.json}) without extracting anything. A changed story is a
     * reload ({@link Refresh#NOT_LOADED}), since the characters must move to the other story.
     */
    public Refresh refresh(DocumentInfo document) {
        return refresh(document, null);
    }

    /**
     * {@link #refresh(DocumentInfo)}, and when the graph holds these bytes without their text (loaded before texts
     * were kept), keeps {@code text} on the document node as {@link #write(Extraction, String)} would have.
     */
    public Refresh refresh(DocumentInfo document, String text) {
        String storyId = Slugs.slug(document.story());
        try (Session session = session()) {
            return session.executeWrite(tx -> {
                var rows = run(tx, "read-document", Map.of("doc", document.id()));
                if (rows.isEmpty() || !holds(rows.get(0), document, storyId)) {
                    return Refresh.NOT_LOADED;
                }
                fillText(tx, document, text);
                return updateMetadata(tx, rows.get(0), document) ? Refresh.METADATA_UPDATED : Refresh.UNCHANGED;
            });
        }
    }

    /** Keeps the text of a document whose bytes the graph holds without it; nothing when it has one already. */
    private static void fillText(TransactionContext tx, DocumentInfo doc, String text) {
        if (text != null) {
            run(tx, "fill-document-text", Map.of("doc", doc.id(), "sha256", doc.sha256(), "text", text));
        }
    }

    private static boolean holds(Record stored, DocumentInfo doc, String storyId) {
        return Objects.equals(stored.get("sha256").asString(null), doc.sha256())
                && Objects.equals(stored.get("story").asString(null), storyId);
    }

    /** Sets the stored document's title and source to the given ones if they differ; true when they did. */
    private static boolean updateMetadata(TransactionContext tx, Record stored, DocumentInfo doc) {
        String title = doc.title() == null ? doc.id() : doc.title();
        if (Objects.equals(stored.get("title").asString(null), title)
                && Objects.equals(stored.get("source").asString(null), doc.source())) {
            return false;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("doc", doc.id());
        params.put("title", title);
        params.put("source", doc.source());
        run(tx, "update-document-metadata", params);
        return true;
    }

    /**
     * First thing in a write: takes the write lock of the article's story (creating it if new) and of the story the
     * document was in before, if another, in id order. Writers of one story then run one after the other, and each
     * reads the characters the previous one committed. Returns the stored document as read under the locks (null
     * when it is not loaded).
     */
    private static Record lockStories(TransactionContext tx, String docId, String storyId, String storyName) {
        Set<String> locked = new java.util.TreeSet<>();
        locked.add(storyId);
        var before = run(tx, "read-document", Map.of("doc", docId));
        if (!before.isEmpty() && before.get(0).get("story").asString(null) != null) {
            locked.add(before.get(0).get("story").asString());
        }
        run(tx, "merge-story", Map.of("id", storyId, "name", storyName));
        run(tx, "lock-stories", Map.of("ids", List.copyOf(locked)));
        var after = run(tx, "read-document", Map.of("doc", docId));
        if (after.isEmpty()) {
            return null;
        }
        String now = after.get(0).get("story").asString(null);
        if (now != null && !locked.contains(now)) {
            // moved by another writer between the two reads: lock that story too (out of order, so a deadlock is
            // possible; Neo4j detects it and executeWrite retries)
            run(tx, "lock-stories", Map.of("ids", List.of(now)));
        }
        return after.get(0);
    }

    private WriteResult writeIn(TransactionContext tx, Extraction extraction, String text, String storyId) {
        DocumentInfo doc = extraction.document();
        String docId = doc.id();
        List<String> warnings = new ArrayList<>();

        List<CharacterResolver.Known> known = new ArrayList<>();
        run(tx, "read-story-characters", Map.of("story", storyId, "doc", docId)).forEach(r ->
                known.add(new CharacterResolver.Known(r.get("id").asString(), r.get("name").asString(null),
                        r.get("names").asList(Value::asString), r.get("mentionedAs").asString(null))));
        CharacterResolver.Resolution resolution =
                CharacterResolver.resolve(storyId, known, extraction.characters());

        Previous previous = takeOut(tx, docId);
        hook.afterStage("stripped");

        Map<String, Object> story = new HashMap<>();
        story.put("id", storyId);
        story.put("name", doc.story());
        Map<String, Object> docRow = new HashMap<>();
        docRow.put("id", docId);
        docRow.put("title", doc.title() == null ? docId : doc.title());
        docRow.put("source", doc.source());
        docRow.put("story", storyId);
        docRow.put("sha256", doc.sha256());
        run(tx, "merge-document", Map.of("story", story, "doc", docRow));
        Map<String, Object> textRow = new HashMap<>();
        textRow.put("doc", docId);
        textRow.put("text", text);
        run(tx, "set-document-text", textRow);

        List<Map<String, Object>> characterRows = characterRows(extraction, resolution);
        List<Map<String, Object>> newCharacters = new ArrayList<>();
        List<Map<String, Object>> knownCharacters = new ArrayList<>();
        for (Map<String, Object> row : characterRows) {
            (resolution.created().contains((String) row.get("id")) ? newCharacters : knownCharacters).add(row);
        }
        Map<String, Object> storyAndDoc = Map.of("story", storyId, "doc", docId);
        batched(tx, Statements.get("create-characters"), newCharacters, storyAndDoc);
        for (int i = 0; i < knownCharacters.size(); i += BATCH) {
            List<Map<String, Object>> batch = knownCharacters.subList(i, Math.min(knownCharacters.size(), i + BATCH));
            long linked = run(tx, "merge-characters", Map.of("doc", docId, "rows", batch)).get(0).get("linked").asLong();
            if (linked != batch.size()) {
                // cannot happen under the story's lock; if it does, fail the article rather than lose a character
                throw new IllegalStateException(docId + ": " + (batch.size() - linked)
                        + " characters of story " + storyId + " vanished during the write");
            }
        }
        Set<String> appended = new LinkedHashSet<>(previous.relationshipIds());
        appended.addAll(batched(tx, Statements.get("merge-actors"), actorRows(extraction, resolution, warnings), Map.of()));
        hook.afterStage("characters");

        Map<RelationType, List<Map<String, Object>>> relationRows = relationRows(extraction, resolution, warnings);
        int relationCount = 0;
        for (List<Map<String, Object>> rows : relationRows.values()) {
            relationCount += rows.size();
        }
        appended.addAll(writeRelations(tx, relationRows, resolution.created()));
        hook.afterStage("relations");

        SecretRows secrets = secretRows(extraction, resolution, storyId, warnings);
        batched(tx, Statements.get("merge-secrets"), secrets.secrets(), Map.of("story", storyId, "doc", docId));
        appended.addAll(batched(tx, Statements.get("merge-secret-about"), secrets.about(), Map.of()));
        appended.addAll(batched(tx, Statements.get("merge-secret-keeps"), secrets.keeps(), Map.of()));
        appended.addAll(batched(tx, Statements.get("merge-secret-knows"), secrets.knows(), Map.of()));
        hook.afterStage("secrets");

        // Characters created by this write already carry their final names; the others may have gained or lost a
        // document's names.
        Set<String> touched = new LinkedHashSet<>(previous.characterIds());
        characterRows.stream().map(r -> (String) r.get("id")).filter(id -> !resolution.created().contains(id))
                .forEach(touched::add);
        Set<String> stories = new LinkedHashSet<>(previous.storyIds());
        stories.remove(storyId);
        Set<String> touchedSecrets = new LinkedHashSet<>(previous.secretIds());
        secrets.secrets().forEach(r -> touchedSecrets.add((String) r.get("id")));
        tidy(tx, appended, touched, touchedSecrets, stories);
        hook.afterStage("finalized");

        return new WriteResult(docId, Map.copyOf(resolution.graphIds()), resolution.created().size(), relationCount,
                secrets.secrets().size(), List.copyOf(warnings), false);
    }

    /**
     * Writes the relationships between characters. A pair with an end this write created cannot have a
     * relationship yet; for the others one read finds which exist. New ones are created with all their properties
     * (create-relations.cypher), existing ones get this document's entries appended (append-evidence.cypher).
     * Both run under the story's lock, so no other writer can add a relationship between these characters
     * meanwhile. Returns the element ids of the relationships appended to, whose summaries finalize recomputes.
     */
    private static List<String> writeRelations(TransactionContext tx,
                                               Map<RelationType, List<Map<String, Object>>> relationRows,
                                               Set<String> created) {
        Map<RelationType, List<Map<String, Object>>> fresh = new EnumMap<>(RelationType.class);
        List<Map<String, Object>> probes = new ArrayList<>();
        List<Map<String, Object>> probed = new ArrayList<>();
        List<RelationType> probedTypes = new ArrayList<>();
        relationRows.forEach((type, rows) -> {
            for (Map<String, Object> row : rows) {
                if (created.contains((String) row.get("from")) || created.contains((String) row.get("to"))) {
                    fresh.computeIfAbsent(type, t -> new ArrayList<>()).add(row);
                } else {
                    probes.add(Map.of("i", (long) probed.size(), "from", row.get("from"), "to", row.get("to"),
                            "type", type.name()));
                    probed.add(row);
                    probedTypes.add(type);
                }
            }
        });
        Map<Integer, String> existing = new HashMap<>();
        for (int i = 0; i < probes.size(); i += BATCH) {
            run(tx, "read-relations", Map.of("rows", probes.subList(i, Math.min(probes.size(), i + BATCH))))
                    .forEach(r -> existing.put(r.get("i").asInt(), r.get("rel").asString()));
        }
        List<Map<String, Object>> appends = new ArrayList<>();
        List<String> appendedIds = new ArrayList<>();
        for (int i = 0; i < probed.size(); i++) {
            String rel = existing.get(i);
            if (rel == null) {
                fresh.computeIfAbsent(probedTypes.get(i), t -> new ArrayList<>()).add(probed.get(i));
            } else {
                Map<String, Object> row = new HashMap<>(probed.get(i));
                row.put("rel", rel);
                appends.add(row);
                appendedIds.add(rel);
            }
        }
        fresh.forEach((type, rows) -> batched(tx, Statements.createRelations(type), rows, Map.of()));
        batched(tx, Statements.get("append-evidence"), appends, Map.of());
        return appendedIds;
    }

    /** The ids a document's previous version touched, after its entries and links were taken out. */
    private record Previous(List<String> relationshipIds, List<String> characterIds, List<String> secretIds,
                            List<String> storyIds) {
    }

    private Previous takeOut(TransactionContext tx, String docId) {
        List<String> stripped = run(tx, "strip-document", Map.of("doc", docId)).get(0)
                .get("ids").asList(Value::asString);
        var rows = run(tx, "detach-document", Map.of("doc", docId));
        if (rows.isEmpty()) {
            return new Previous(stripped, List.of(), List.of(), List.of());
        }
        Record r = rows.get(0);
        String story = r.get("story").asString(null);
        return new Previous(stripped, r.get("characterIds").asList(Value::asString),
                r.get("secretIds").asList(Value::asString), story == null ? List.of() : List.of(story));
    }

    /**
     * Deletes the relationships, characters and secrets no document supports any more, recomputes the summaries of
     * relationships several documents support (or that lost a document's entries) and the names of characters
     * whose documents changed.
     */
    private void tidy(TransactionContext tx, java.util.Collection<String> relationshipIds,
                      java.util.Collection<String> characterIds, java.util.Collection<String> secretIds,
                      java.util.Collection<String> storyIds) {
        List<String> rels = List.copyOf(relationshipIds);
        for (List<String> chunk : chunks(rels)) {
            run(tx, "finalize-delete-unsupported", Map.of("ids", chunk));
        }
        for (List<String> chunk : chunks(rels)) {
            run(tx, "finalize-summaries", Map.of("ids", chunk));
        }
        List<String> ids = List.copyOf(characterIds);
        List<Map<String, Object>> updates = new ArrayList<>();
        List<String> unmentioned = new ArrayList<>();
        for (List<String> chunk : chunks(ids)) {
            run(tx, "read-character-mentions", Map.of("ids", chunk)).forEach(r -> {
                List<CharacterNames.Use> uses = r.get("uses").asList(v -> new CharacterNames.Use(
                        v.get("doc").asString(), v.get("name").asString(), v.get("aliases").asList(Value::asString),
                        v.get("gender").asString(null), v.get("mentions").asLong(0)));
                if (uses.isEmpty()) {
                    unmentioned.add(r.get("id").asString());
                } else {
                    CharacterNames.Names n = CharacterNames.of(uses);
                    Map<String, Object> row = new HashMap<>();
                    row.put("id", r.get("id").asString());
                    row.put("name", n.name());
                    row.put("aliases", n.aliases());
                    row.put("names", n.names());
                    row.put("gender", n.gender());
                    row.put("mentions", n.mentions());
                    updates.add(row);
                }
            });
        }
        batched(tx, Statements.get("update-character-names"), updates, Map.of());
        for (List<String> chunk : chunks(unmentioned)) {
            run(tx, "delete-characters", Map.of("ids", chunk));
        }
        if (!secretIds.isEmpty()) {
            run(tx, "finalize-secrets", Map.of("ids", List.copyOf(secretIds)));
        }
        if (!storyIds.isEmpty()) {
            run(tx, "delete-empty-stories", Map.of("ids", List.copyOf(storyIds)));
        }
    }

    // ---- rows ------------------------------------------------------------------------------------------------

    /** One row per graph character: article characters that resolve to the same node are combined. */
    private static List<Map<String, Object>> characterRows(Extraction extraction,
                                                           CharacterResolver.Resolution resolution) {
        String docId = extraction.document().id();
        Map<String, List<Character>> byGraphId = new LinkedHashMap<>();
        for (Character c : extraction.characters()) {
            byGraphId.computeIfAbsent(resolution.graphId(c.id()), k -> new ArrayList<>()).add(c);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var e : byGraphId.entrySet()) {
            List<Character> group = e.getValue();
            String name = group.get(0).name().strip();
            for (Character c : group) {
                if (CharacterNames.fuller(c.name().strip(), name)) {
                    name = c.name().strip();
                }
            }
            Map<String, String> names = new LinkedHashMap<>();
            names.put(CharacterResolver.lower(name), name);
            long mentions = 0;
            String gender = "UNKNOWN";
            EvidenceColumns ev = new EvidenceColumns(docId);
            for (Character c : group) {
                for (String n : c.allNames()) {
                    if (!n.isBlank()) {
                        names.putIfAbsent(CharacterResolver.lower(n), n.strip());
                    }
                }
                mentions += c.mentions();
                if (gender.equals("UNKNOWN")) {
                    gender = c.gender().name();
                }
                c.evidence().forEach(ev::add);
            }
            Map<String, Object> row = new HashMap<>(ev.ownColumns());
            row.put("id", e.getKey());
            row.put("name", name);
            row.put("aliases", List.copyOf(new ArrayList<>(names.values()).subList(1, names.size())));
            row.put("names", List.copyOf(names.keySet()));
            row.put("gender", gender);
            row.put("mentions", mentions);
            rows.add(row);
        }
        return rows;
    }

    /**
     * Casting rows from each character's actor (supported by the character's evidence that names the actor, or
     * all of it when none does) and from PLAYS relations (actor name to character id).
     */
    private static List<Map<String, Object>> actorRows(Extraction extraction, CharacterResolver.Resolution resolution,
                                                       List<String> warnings) {
        String docId = extraction.document().id();
        Map<List<String>, EvidenceColumns> byPair = new LinkedHashMap<>();
        Map<String, String> actorNames = new HashMap<>();
        for (Character c : extraction.characters()) {
            if (c.actor() == null || c.actor().isBlank()) {
                continue;
            }
            String actorId = Slugs.slug(c.actor());
            if (actorId.isEmpty()) {
                warnings.add("actor name '" + c.actor() + "' of " + c.id() + " has no letters or digits; left out");
                continue;
            }
            List<Evidence> naming = c.evidence().stream()
                    .filter(e -> e.quote().toLowerCase(Locale.ROOT).contains(c.actor().strip().toLowerCase(Locale.ROOT)))
                    .toList();
            List<Evidence> support = naming.isEmpty() ? c.evidence() : naming;
            if (support.isEmpty()) {
                warnings.add("casting " + c.actor() + " as " + c.name() + " has no evidence; left out");
                continue;
            }
            actorNames.putIfAbsent(actorId, c.actor().strip());
            EvidenceColumns ev = byPair.computeIfAbsent(List.of(actorId, resolution.graphId(c.id())),
                    k -> new EvidenceColumns(docId));
            support.forEach(ev::add);
        }
        for (Relation r : extraction.relations()) {
            if (r.type() != RelationType.PLAYS) {
                continue;
            }
            String character = resolution.graphId(r.to());
            String actorId = Slugs.slug(r.from());
            if (character == null || actorId.isEmpty() || r.evidence().isEmpty()) {
                warnings.add("PLAYS " + r.from() + " -> " + r.to() + " left out: "
                        + (character == null ? "unknown character" : actorId.isEmpty() ? "no actor name" : "no evidence"));
                continue;
            }
            actorNames.putIfAbsent(actorId, r.from().strip());
            EvidenceColumns ev = byPair.computeIfAbsent(List.of(actorId, character), k -> new EvidenceColumns(docId));
            r.evidence().forEach(ev::add);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byPair.forEach((pair, ev) -> {
            Map<String, Object> row = new HashMap<>();
            row.put("actorId", pair.get(0));
            row.put("actorName", actorNames.get(pair.get(0)));
            row.put("character", pair.get(1));
            row.put("props", ev.properties());
            rows.add(row);
        });
        return rows;
    }

    /**
     * Relationship rows grouped by type. Duplicates (the same pair and type twice, or a symmetric pair given in both
     * directions) become one row, ordered from the lower graph id to the higher for symmetric types.
     */
    private static Map<RelationType, List<Map<String, Object>>> relationRows(
            Extraction extraction, CharacterResolver.Resolution resolution, List<String> warnings) {
        String docId = extraction.document().id();
        Map<RelationType, Map<List<String>, EvidenceColumns>> grouped = new EnumMap<>(RelationType.class);
        for (Relation r : extraction.relations()) {
            if (r.type() == RelationType.PLAYS) {
                continue;
            }
            String from = resolution.graphId(r.from());
            String to = resolution.graphId(r.to());
            if (from == null || to == null) {
                warnings.add(r.type() + " " + r.from() + " -> " + r.to() + " left out: unknown character id");
                continue;
            }
            if (r.evidence().isEmpty()) {
                warnings.add(r.type() + " " + r.from() + " -> " + r.to() + " left out: no evidence");
                continue;
            }
            if (r.type().symmetric() && from.compareTo(to) > 0) {
                String t = from;
                from = to;
                to = t;
            }
            EvidenceColumns ev = grouped.computeIfAbsent(r.type(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(List.of(from, to), k -> new EvidenceColumns(docId));
            boolean carriesAccident = r.type() == RelationType.KILLED || r.type() == RelationType.INJURED;
            for (Evidence e : r.evidence()) {
                ev.add(e, carriesAccident ? Map.of("accidentals", r.accidental()) : Map.of());
            }
        }
        Map<RelationType, List<Map<String, Object>>> rows = new EnumMap<>(RelationType.class);
        grouped.forEach((type, pairs) -> {
            List<Map<String, Object>> list = new ArrayList<>(pairs.size());
            pairs.forEach((pair, ev) -> {
                // flat rows (the properties beside from and to): create-relations.cypher names each column
                Map<String, Object> row = new HashMap<>(ev.properties());
                row.put("from", pair.get(0));
                row.put("to", pair.get(1));
                list.add(row);
            });
            rows.put(type, list);
        });
        return rows;
    }

    private record SecretRows(List<Map<String, Object>> secrets, List<Map<String, Object>> about,
                              List<Map<String, Object>> keeps, List<Map<String, Object>> knows) {
    }

    /**
     * Secret rows. A secret's graph id is made from its kind and the graph ids of its subjects
     * ({@code <story>/hidden-parentage-anna-berg}), so two articles describing the same secret about the same
     * characters add to one node; a second secret of the same kind and subjects in one article gets its own id.
     * ABOUT and KEEPS are supported by the secret's own evidence (or, lacking it, its knowers'); KNOWS by the
     * knowledge's evidence.
     */
    private static SecretRows secretRows(Extraction extraction, CharacterResolver.Resolution resolution,
                                         String storyId, List<String> warnings) {
        String docId = extraction.document().id();
        Map<String, Map<String, Object>> secrets = new LinkedHashMap<>();
        Map<List<String>, EvidenceColumns> about = new LinkedHashMap<>();
        Map<List<String>, EvidenceColumns> keeps = new LinkedHashMap<>();
        Map<List<String>, EvidenceColumns> knows = new LinkedHashMap<>();
        for (Secret s : extraction.secrets()) {
            List<Evidence> support = new ArrayList<>(s.evidence());
            if (support.isEmpty()) {
                s.knowers().forEach(k -> support.add(k.evidence()));
            }
            if (support.isEmpty()) {
                warnings.add("secret " + s.id() + " left out: no evidence");
                continue;
            }
            List<String> subjects = new ArrayList<>();
            for (String subject : s.subjects()) {
                String id = resolution.graphId(subject);
                if (id == null) {
                    warnings.add("secret " + s.id() + ": unknown subject " + subject + " left out");
                } else if (!subjects.contains(id)) {
                    subjects.add(id);
                }
            }
            StringBuilder key = new StringBuilder(storyId).append('/').append(Slugs.slug(s.kind().name()));
            subjects.stream().map(id -> id.substring(id.indexOf('/') + 1)).sorted()
                    .forEach(slug -> key.append('-').append(slug));
            if (subjects.isEmpty()) {
                key.append('-').append(Slugs.slug(s.id()));
            }
            String secretId = key.toString();
            if (secrets.containsKey(secretId)) {
                secretId = secretId + "-" + Slugs.slug(s.id());
                if (secrets.containsKey(secretId)) {
                    warnings.add("secret " + s.id() + " left out: its id repeats another secret's");
                    continue;
                }
            }
            EvidenceColumns own = new EvidenceColumns(docId);
            support.forEach(own::add);
            Map<String, Object> row = new HashMap<>(own.ownColumns());
            row.put("id", secretId);
            row.put("statement", s.statement());
            row.put("kind", s.kind().name());
            secrets.put(secretId, row);

            for (String subject : subjects) {
                EvidenceColumns ev = about.computeIfAbsent(List.of(secretId, subject), k -> new EvidenceColumns(docId));
                support.forEach(ev::add);
            }
            for (String keeper : s.keepers()) {
                String id = resolution.graphId(keeper);
                if (id == null) {
                    warnings.add("secret " + s.id() + ": unknown keeper " + keeper + " left out");
                    continue;
                }
                EvidenceColumns ev = keeps.computeIfAbsent(List.of(secretId, id), k -> new EvidenceColumns(docId));
                support.forEach(ev::add);
            }
            for (Knowledge k : s.knowers()) {
                String id = resolution.graphId(k.characterId());
                if (id == null) {
                    warnings.add("secret " + s.id() + ": unknown knower " + k.characterId() + " left out");
                    continue;
                }
                EvidenceColumns ev = knows.computeIfAbsent(List.of(secretId, id), x -> new EvidenceColumns(docId));
                ev.add(k.evidence(), Map.of("hows", k.how().name(), "orders", (long) k.order(),
                        "whens", k.when() == null ? "" : k.when()));
            }
        }
        return new SecretRows(List.copyOf(secrets.values()), linkRows(about), linkRows(keeps), linkRows(knows));
    }

    private static List<Map<String, Object>> linkRows(Map<List<String>, EvidenceColumns> links) {
        List<Map<String, Object>> rows = new ArrayList<>();
        links.forEach((pair, ev) -> {
            Map<String, Object> row = new HashMap<>();
            row.put("secret", pair.get(0));
            row.put("character", pair.get(1));
            row.put("props", ev.properties());
            rows.add(row);
        });
        return rows;
    }

    // ---- plumbing --------------------------------------------------------------------------------------------

    /** Runs a statement over the rows in batches; returns the values of its {@code id} column, if it has one. */
    private static List<String> batched(TransactionContext tx, String statement, List<Map<String, Object>> rows,
                                        Map<String, Object> params) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += BATCH) {
            Map<String, Object> p = new HashMap<>(params);
            p.put("rows", rows.subList(i, Math.min(rows.size(), i + BATCH)));
            long t0 = System.nanoTime();
            var result = tx.run(statement, p);
            if (result.keys().contains("id")) {
                result.forEachRemaining(r -> ids.add(r.get("id").asString()));
            } else {
                result.consume();
            }
            trace(statement, t0, p);
        }
        return ids;
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            out.add(ids.subList(i, Math.min(ids.size(), i + BATCH)));
        }
        return out;
    }

    /** Set -Dcharactergraph.writer.trace=true to see each statement's time on stderr. */
    private static final boolean TRACE = Boolean.getBoolean("charactergraph.writer.trace");

    /** Runs a named statement of cypher/writer/ and returns its result fully fetched. */
    private static List<Record> run(TransactionContext tx, String name, Map<String, Object> params) {
        long t0 = System.nanoTime();
        List<Record> records = tx.run(Statements.get(name), params).list();
        trace(name, t0, params);
        return records;
    }

    private static void trace(String statement, long t0, Map<String, Object> params) {
        if (TRACE) {
            String name = statement.contains("\n") ? statement.lines().findFirst().orElse("") : statement;
            System.err.printf("  writer: %6.1f ms  %s%n", (System.nanoTime() - t0) / 1e6,
                    name.length() > 70 ? name.substring(0, 70) : name);
        }
    }

    private Session session() {
        return driver.session(SchemaInstaller.sessionConfig(database));
    }
}
