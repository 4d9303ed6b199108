package io.carepulse.jobs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.carepulse.jobs.config.CarePulseConfig;
import io.carepulse.jobs.config.CarePulseHome;
import io.carepulse.jobs.config.ConfigLoader;
import io.carepulse.models.entity.Watchlist;
import io.carepulse.models.mention.MentionParser;
import io.carepulse.models.mention.ParseResult;
import io.carepulse.models.privacy.PhiFinding;
import io.carepulse.models.privacy.PrivacyGuard;
import io.carepulse.models.privacy.PrivacyScan;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** carepulse scan-phi: the privacy guard over a file of mentions, without running the job. */
@Command(name = "scan-phi", mixinStandardHelpOptions = true, description = {
    "Reads mentions in the input format (one JSON object per line, docs/INPUT.md) and prints one JSON line",
    "per mention: id, redacted_text, incident (none, high, critical) and findings (type, start, end,",
    "confidence; offsets into the original text). A line that is not a valid mention is reported on stderr."})
final class ScanPhiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Mentions, JSON lines.")
    Path input;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Configuration (for the watchlist).")
    Path configFile;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(input)) {
            spec.commandLine().getErr().println("carepulse scan-phi: no such file " + input);
            return CarePulseCli.EXIT_BAD_CONFIG;
        }
        CarePulseConfig config = ConfigLoader.load(CarePulseHome.configFile(configFile), System.getenv(), Map.of());
        Watchlist watchlist = Watchlist.load(config.watchlist());
        PrivacyGuard guard = PrivacyGuard.forWatchlist(watchlist);
        MentionParser parser = new MentionParser();
        ObjectMapper json = new ObjectMapper();
        PrintWriter out = spec.commandLine().getOut();
        int invalid = 0;
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (parser.parse(line) instanceof ParseResult.Parsed parsed) {
                    PrivacyScan scan = guard.scan(parsed.mention());
                    out.println(json.writeValueAsString(line(json, parsed.mention().id(), parsed.mention().text(), scan)));
                } else {
                    invalid++;
                    // the line itself may hold PHI: say where it is, not what it says
                    spec.commandLine().getErr().println("carepulse scan-phi: " + input + ":" + number + ": not a valid mention");
                }
            }
        }
        out.flush();
        return invalid == 0 ? 0 : CarePulseCli.EXIT_FAILED;
    }

    /** Offsets count code points, as the evaluation corpus and Python's strings do, so an emoji counts once. */
    static ObjectNode line(ObjectMapper json, String id, String text, PrivacyScan scan) {
        ObjectNode node = json.createObjectNode().put("id", id).put("redacted_text", scan.redactedText())
                .put("incident", scan.incident().code());
        ArrayNode findings = node.putArray("findings");
        for (PhiFinding f : scan.findings()) {
            findings.addObject().put("type", f.type().name()).put("start", text.codePointCount(0, f.start()))
                    .put("end", text.codePointCount(0, f.end()))
                    .put("confidence", f.confidence());
        }
        return node;
    }
}
