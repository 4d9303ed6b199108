package io.carepulse.jobs.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledPostsTest {

    @Test
    void readsQuotedTextsWithCommasQuotesAndLineBreaks(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("posts.csv"), "id,tweet,label\r\n"
                + "1,\"Garlic cures covid, \"\"they\"\" say\nshare!\",fake\r\n"
                + "2,Hospitals report 12 new cases,Real\r\n");
        List<LabelledPost> posts = LabelledPosts.read(file);
        assertThat(posts).containsExactly(
                new LabelledPost("1", "Garlic cures covid, \"they\" say\nshare!", true),
                new LabelledPost("2", "Hospitals report 12 new cases", false));
    }

    @Test
    void anUnknownLabelNamesFileAndRow(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("posts.csv"), "id,tweet,label\n1,text,real\n2,text,maybe\n");
        assertThatThrownBy(() -> LabelledPosts.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file + ": row 3: label must be real or fake, got 'maybe'");
    }
}
