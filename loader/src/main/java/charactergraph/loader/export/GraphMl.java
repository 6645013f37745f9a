package charactergraph.loader.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link GraphExport} as GraphML (UTF-8) that Gephi, yEd and NetworkX open. Nodes carry {@code labels}
 * ({@code :Character}) and {@code label} (the name, for display); edges carry {@code type} and {@code label} (the
 * relationship type). Every property is a declared attribute ({@code long}, {@code double}, {@code boolean} or
 * {@code string}); lists are JSON arrays in a string attribute, since GraphML has no list type; timestamps are ISO
 * text. Characters XML cannot hold (controls other than tab and line breaks) become U+FFFD.
 */
public final class GraphMl {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final ObjectMapper JSON = new ObjectMapper();

    private GraphMl() {
    }

    public static void write(GraphExport graph, OutputStream out) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NS);
            x.writeCharacters("\n");
            List<PropertyTypes.Column> nodeColumns = PropertyTypes.of(graph.nodes().stream()
                    .map(GraphExport.Node::properties).toList());
            List<PropertyTypes.Column> edgeColumns = PropertyTypes.of(graph.relationships().stream()
                    .map(GraphExport.Relationship::properties).toList());
            key(x, "labels", "node", "labels", "string");
            key(x, "label", "node", "label", "string");
            for (PropertyTypes.Column c : nodeColumns) {
                key(x, "n_" + c.key(), "node", c.key(), type(c));
            }
            key(x, "type", "edge", "type", "string");
            key(x, "e_label", "edge", "label", "string");
            for (PropertyTypes.Column c : edgeColumns) {
                key(x, "e_" + c.key(), "edge", c.key(), type(c));
            }
            x.writeStartElement("graph");
            x.writeAttribute("id", "G");
            x.writeAttribute("edgedefault", "directed");
            x.writeCharacters("\n");
            for (GraphExport.Node n : graph.nodes()) {
                x.writeStartElement("node");
                x.writeAttribute("id", clean(n.key()));
                data(x, "labels", ":" + String.join(":", n.labels()));
                Object name = n.properties().get("name");
                data(x, "label", name == null ? n.id() : String.valueOf(name));
                for (var p : n.properties().entrySet()) {
                    data(x, "n_" + p.getKey(), text(p.getValue()));
                }
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            int i = 0;
            for (GraphExport.Relationship r : graph.relationships()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + i++);
                x.writeAttribute("source", clean(r.startKey()));
                x.writeAttribute("target", clean(r.endKey()));
                data(x, "type", r.type());
                data(x, "e_label", r.type());
                for (var p : r.properties().entrySet()) {
                    data(x, "e_" + p.getKey(), text(p.getValue()));
                }
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("GraphML export failed: " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter x, String id, String forWhat, String name, String type)
            throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", clean(id));
        x.writeAttribute("for", forWhat);
        x.writeAttribute("attr.name", clean(name));
        x.writeAttribute("attr.type", type);
        x.writeCharacters("\n");
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", clean(key));
        // A raw carriage return would be read back as a line feed (XML end-of-line handling): write it as &#13;.
        String[] parts = clean(value).split("\r", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                x.writeEntityRef("#13");
            }
            x.writeCharacters(parts[i]);
        }
        x.writeEndElement();
    }

    private static String type(PropertyTypes.Column c) {
        if (c.list()) {
            return "string";
        }
        return switch (PropertyTypes.typeOf(c)) {
            case LONG -> "long";
            case DOUBLE -> "double";
            case BOOLEAN -> "boolean";
            default -> "string";
        };
    }

    private static String text(Object v) {
        if (v instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            list.forEach(o -> items.add(o instanceof String || o instanceof Number || o instanceof Boolean
                    ? o : PropertyTypes.text(o)));
            try {
                return JSON.writeValueAsString(items);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return PropertyTypes.text(v);
    }

    /** Replaces what XML 1.0 cannot carry, even escaped. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b.toString();
    }
}
