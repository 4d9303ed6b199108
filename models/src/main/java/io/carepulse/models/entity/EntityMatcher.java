package io.carepulse.models.entity;

import io.carepulse.models.entity.Words.Word;
import io.carepulse.models.mention.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds which watched organisations, facilities and providers a mention is about: names and
 * aliases in the text (case-insensitive, whole words, possessives allowed), @handles, hashtags
 * spelling a name (#MercyGeneral), the author's own account, and the collector's hints.
 *
 * <p>Built once from a {@link Watchlist}; matching is a single pass over the text's words with
 * hash lookups, so its cost does not grow with the size of the watchlist. Thread-safe.
 */
public final class EntityMatcher {

    /** One watched entity, in the shape a match reports it. */
    private record Target(String entityId, String name, EntityKind kind, String organisationId, String facilityId) {
        EntityMatch match(MatchSource source, String matchedText) {
            return new EntityMatch(entityId, name, kind, organisationId, facilityId, source, matchedText, -1, -1);
        }

        EntityMatch match(MatchSource source, String text, int start, int end) {
            return new EntityMatch(entityId, name, kind, organisationId, facilityId, source, text.substring(start, end),
                    start, end);
        }
    }

    private record Alias(String[] words, Target target) {}

    private final Map<String, List<Alias>> aliasesByFirstWord = new HashMap<>();
    private final Map<String, Target> byHandle = new HashMap<>();
    private final Map<String, Target> byCompactName = new HashMap<>();
    private final Map<String, Target> byHint = new HashMap<>();

    public EntityMatcher(Watchlist watchlist) {
        for (WatchedOrganisation org : watchlist.organisations()) {
            Target orgTarget = new Target(org.id(), org.name(), EntityKind.ORGANISATION, org.id(), null);
            register(orgTarget, org.name(), org.aliases(), org.handles());
            for (WatchedFacility facility : org.facilities()) {
                Target target = new Target(facility.id(), facility.name(), EntityKind.FACILITY, org.id(), facility.id());
                register(target, facility.name(), facility.aliases(), facility.handles());
            }
            for (WatchedProvider provider : org.providers()) {
                Target target = new Target(provider.id(), provider.name(), EntityKind.PROVIDER, org.id(), provider.facility());
                register(target, provider.name(), provider.aliases(), List.of());
            }
        }
        // longest alias first, so "Mercy General Hospital" wins over "Mercy General"
        aliasesByFirstWord.values().forEach(list -> list.sort(
                Comparator.comparingInt((Alias a) -> a.words().length).reversed()));
    }

    private void register(Target target, String name, List<String> aliases, List<String> handles) {
        byHint.putIfAbsent(target.entityId(), target);
        List<String> names = new ArrayList<>(aliases);
        names.add(0, name);
        for (String alias : names) {
            List<String> words = new ArrayList<>();
            for (Word word : Words.of(alias)) {
                if (word.prefix() == 0) {
                    words.add(word.norm());
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            aliasesByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                    .add(new Alias(words.toArray(String[]::new), target));
            byCompactName.putIfAbsent(String.join("", words), target);
            byHint.putIfAbsent(alias.toLowerCase(Locale.ROOT).strip(), target);
        }
        for (String handle : handles) {
            String key = handleKey(handle);
            byHandle.putIfAbsent(key, target);
            byHint.putIfAbsent(key, target);
        }
    }

    /** Every watched entity the mention is about, each once, in order of first evidence. */
    public List<EntityMatch> match(Mention mention) {
        Map<String, EntityMatch> found = new LinkedHashMap<>();
        if (mention.author() != null && mention.author().handle() != null) {
            Target author = byHandle.get(handleKey(mention.author().handle()));
            if (author != null) {
                found.put(author.entityId(), author.match(MatchSource.AUTHOR, "@" + mention.author().handle()));
            }
        }
        matchText(mention.text(), found);
        for (String hint : mention.entityHints()) {
            Target target = byHint.get(hint.toLowerCase(Locale.ROOT).strip());
            if (target == null) {
                target = byHint.get(handleKey(hint));
            }
            if (target != null) {
                found.putIfAbsent(target.entityId(), target.match(MatchSource.HINT, hint));
            }
        }
        return List.copyOf(found.values());
    }

    private void matchText(String text, Map<String, EntityMatch> found) {
        List<Word> words = Words.of(text);
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (word.prefix() == '@') {
                add(found, byHandle.get(word.norm()), MatchSource.HANDLE, text, word, word);
            } else if (word.prefix() == '#') {
                add(found, byCompactName.get(word.norm()), MatchSource.HASHTAG, text, word, word);
            } else {
                int matched = matchAliasAt(words, i, text, found);
                i += Math.max(0, matched - 1);
            }
        }
    }

    /** Tries the aliases starting with word i; returns how many words the match used (0 if none). */
    private int matchAliasAt(List<Word> words, int i, String text, Map<String, EntityMatch> found) {
        List<Alias> candidates = aliasesByFirstWord.get(words.get(i).norm());
        if (candidates == null) {
            return 0;
        }
        for (Alias alias : candidates) {
            int n = alias.words().length;
            if (i + n > words.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < n && all; k++) {
                Word w = words.get(i + k);
                all = w.prefix() == 0 && w.norm().equals(alias.words()[k]);
            }
            if (all) {
                add(found, alias.target(), MatchSource.ALIAS, text, words.get(i), words.get(i + n - 1));
                return n;
            }
        }
        return 0;
    }

    private static void add(Map<String, EntityMatch> found, Target target, MatchSource source,
                            String text, Word first, Word last) {
        if (target != null) {
            found.putIfAbsent(target.entityId(), target.match(source, text, first.start(), last.end()));
        }
    }

    private static String handleKey(String handle) {
        String h = handle.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("@") ? h.substring(1) : h;
    }
}
