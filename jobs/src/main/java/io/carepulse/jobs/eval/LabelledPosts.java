package io.carepulse.jobs.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CSV files of labelled posts as in the Constraint@AAAI2021 data set: a header {@code id,tweet,label},
 * RFC 4180 quoting (texts may hold line breaks), label {@code real} or {@code fake}.
 */
public final class LabelledPosts {

    private LabelledPosts() {}

    public static List<LabelledPost> read(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<LabelledPost> posts = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema).readValues(reader)) {
            int row = 1;
            while (rows.hasNext()) {
                row++;
                Map<String, String> r;
                try {
                    r = rows.next();
                } catch (RuntimeException e) {
                    throw new IOException(file + ": row " + row + ": not CSV of id,tweet,label (" + e.getMessage() + ")", e);
                }
                String text = r.get("tweet");
                String label = r.get("label");
                if (text == null || label == null) {
                    throw new IOException(file + ": row " + row + ": expected the columns id,tweet,label");
                }
                String normalised = label.strip().toLowerCase(Locale.ROOT);
                if (!normalised.equals("fake") && !normalised.equals("real")) {
                    throw new IOException(file + ": row " + row + ": label must be real or fake, got '" + label + "'");
                }
                posts.add(new LabelledPost(r.getOrDefault("id", String.valueOf(row - 1)), text, normalised.equals("fake")));
            }
        }
        return posts;
    }
}
