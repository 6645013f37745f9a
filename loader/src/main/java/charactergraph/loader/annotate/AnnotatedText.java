package charactergraph.loader.annotate;

import charactergraph.loader.clean.CleanedText;
import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * The output of the annotate stage: CoreNLP's annotations over the cleaned text. Token offsets
 * ({@code beginPosition()}, {@code endPosition()}) are offsets into the original file.
 *
 * @param documentId the document's id, carried into every piece of evidence
 * @param cleaned    the clean stage's output
 * @param document   tokens, sentences, POS, lemmas, NER, enhanced++ dependencies and coref chains
 */
public record AnnotatedText(String documentId, CleanedText cleaned, CoreDocument document) {
}
