package charactergraph.loader.cli;

import charactergraph.loader.clean.BinaryCheck;
import charactergraph.loader.resolve.EntityResolver;
import charactergraph.model.DocumentInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An article read from disk and checked: it must exist, be a regular readable file, not be empty, not exceed
 * {@link #MAX_BYTES}, and be text. Invalid UTF-8 is decoded with replacement characters and a warning. Metadata
 * (title, source, story) comes from {@code NAME.meta.json} beside the file when there is one.
 */
public record ArticleFile(Path path, String text, DocumentInfo document) {
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    public static ArticleFile read(Path path, PrintStream warnings) throws InputException {
        if (!Files.exists(path)) {
            throw new InputException("no such file: " + path);
        }
        if (Files.isDirectory(path)) {
            throw new InputException(path + " is a directory; give an article's text file");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new InputException("cannot read " + path);
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InputException(path + " is " + size + " bytes; articles over 5 MB (" + MAX_BYTES
                        + " bytes) are refused");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException("cannot read " + path + ": " + e.getMessage());
        }
        if (bytes.length == 0) {
            throw new InputException(path + " is empty");
        }
        if (BinaryCheck.looksBinary(bytes)) {
            throw new InputException(path + " looks like a binary file, not text");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            warnings.println("warning: " + path + " is not valid UTF-8; undecodable bytes were replaced with \uFFFD");
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        if (text.startsWith("\uFEFF")) {
            text = " " + text.substring(1); // a byte-order mark; a space keeps offsets
        }
        if (text.isBlank()) {
            throw new InputException(path + " holds only white space");
        }
        return new ArticleFile(path, text, documentInfo(path, bytes, warnings));
    }


    static DocumentInfo documentInfo(Path path, byte[] bytes, PrintStream warnings) {
        String file = path.getFileName().toString();
        String base = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
        String id = EntityResolver.slug(base);
        String title = base;
        String source = null;
        String story = base;
        Path meta = path.resolveSibling(base + ".meta.json");
        if (Files.isRegularFile(meta)) {
            try {
                JsonNode m = new ObjectMapper().readTree(meta.toFile());
                title = m.path("title").asText(title);
                source = m.hasNonNull("source") ? m.get("source").asText() : null;
                story = m.path("story").asText(story);
            } catch (IOException e) {
                warnings.println("warning: ignoring unreadable metadata " + meta + ": " + e.getMessage());
            }
        }
        return new DocumentInfo(id, title, source, story, sha256(bytes));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
