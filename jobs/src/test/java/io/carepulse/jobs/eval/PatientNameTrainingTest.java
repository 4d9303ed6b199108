package io.carepulse.jobs.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.carepulse.models.privacy.PhiFinding;
import io.carepulse.models.privacy.PhiType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains a real (tiny) CoreNLP CRF on a corpus file and reads back what the command writes. */
class PatientNameTrainingTest {

    private static final String[] PATIENTS = {"Rosalind", "Teodoro", "Wiremu", "Ngozi", "Bartholomew", "Ximena", "Agnieszka",
        "Dashiell", "Oluwaseun", "Marguerite", "Thaddeus", "Yesenia"};
    private static final String[] NURSES = {"Kendra", "Lupe", "Anders", "Priya", "Tobias", "Mireille"};

    @Test
    void labelsTheTokensOfAnnotatedNamesOnly() {
        String text = "My mother Ngozi Adeyemi was discharged. Nurse Kendra was kind.";
        int start = text.indexOf("Ngozi");
        var mention = new PhiCorpus.Labelled(text, List.of(new PhiFinding(PhiType.NAME, start, start + "Ngozi Adeyemi".length(), 1)));

        List<List<CoreLabel>> sentences = PatientNameTraining.labelledSentences(mention);

        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0)).extracting(t -> t.word() + "/" + t.get(CoreAnnotations.AnswerAnnotation.class))
                .containsExactly("My/O", "mother/O", "Ngozi/PERSON", "Adeyemi/PERSON", "was/O", "discharged/O", "./O");
        assertThat(sentences.get(1)).extracting(t -> t.get(CoreAnnotations.AnswerAnnotation.class)).containsOnly("O");
    }

    @Test
    void learnsPatientsNamesAndNotTheNursesAndWritesModelAndMetadata(@TempDir Path dir) throws Exception {
        Path corpus = corpus(dir.resolve("dev-small.jsonl"));
        Path out = dir.resolve("model");

        PatientNameTraining.Result result = PatientNameTraining.run(List.of(corpus), out);

        assertThat(result.mentions()).isEqualTo(PATIENTS.length * NURSES.length);
        assertThat(result.nameTokens()).isEqualTo(result.mentions());
        CRFClassifier<CoreLabel> recogniser = CRFClassifier.getClassifier(result.model().toString());
        assertThat(recogniser.classifyToString("My father Casimir was admitted last night , nurse Bettina stayed with him ."))
                .contains("Casimir/PERSON").contains("Bettina/O");
        JsonNode metadata = new ObjectMapper().readTree(out.resolve(PatientNameTraining.METADATA).toFile());
        assertThat(metadata.path("training_data").get(0).path("sha256").asText()).isEqualTo(RatedTexts.sha256(corpus));
        assertThat(metadata.path("name_tokens").asInt()).isEqualTo(result.nameTokens());
    }

    private static Path corpus(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        int id = 0;
        for (String patient : PATIENTS) {
            for (String nurse : NURSES) {
                String text = "My " + (id % 2 == 0 ? "father " : "mother ") + patient + " was admitted today , nurse " + nurse
                        + " stayed with " + (id % 2 == 0 ? "him ." : "her .");
                int start = text.indexOf(patient);
                lines.add(json.writeValueAsString(Map.of("id", "t-" + ++id, "text", text, "findings",
                        List.of(Map.of("type", "NAME", "start", start, "end", start + patient.length())))));
            }
        }
        return Files.write(file, lines);
    }
}
