package org.policybot.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one analyzer for clauses and questions alike, so both sides produce the same terms: standard
 * tokenizer, possessives dropped, lower case (locale-independent, unlike {@link
 * String#toLowerCase()} under a Turkish default locale), accents folded, stop words (English plus
 * the filler of chat questions) removed, Porter stems.
 */
final class PolicyAnalyzer extends Analyzer {

  /** Words that carry no meaning in a policy question: "can I ...", "what should we ...". */
  static final CharArraySet STOP_WORDS;

  static {
    CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    set.addAll(
        List.of(
            "i",
            "im",
            "i'm",
            "me",
            "my",
            "mine",
            "myself",
            "we",
            "our",
            "ours",
            "us",
            "you",
            "your",
            "yours",
            "u",
            "ur",
            "he",
            "she",
            "him",
            "her",
            "his",
            "hers",
            "its",
            "them",
            "can",
            "could",
            "may",
            "might",
            "must",
            "shall",
            "should",
            "would",
            "will",
            "do",
            "does",
            "did",
            "doing",
            "done",
            "am",
            "been",
            "being",
            "have",
            "has",
            "had",
            "what",
            "whats",
            "what's",
            "when",
            "where",
            "who",
            "whom",
            "whose",
            "why",
            "how",
            "which",
            "ok",
            "okay",
            "allowed",
            "get",
            "got",
            "getting",
            "want",
            "about",
            "abt",
            "any",
            "some",
            "so",
            "just",
            "really",
            "please",
            "pls",
            "plz",
            "also",
            "too",
            "very",
            "am",
            "from",
            "up",
            "out",
            "than",
            "all",
            "each",
            "other",
            "others",
            "own",
            "same",
            "one",
            "there",
            "here",
            "were",
            "yes",
            "well",
            "say",
            "said",
            "anything",
            "something",
            "someone",
            "somebody",
            "anyone",
            "anybody",
            "everyone",
            "thing",
            "things",
            "let",
            "ever",
            "still",
            "over",
            "only",
            "more",
            "most",
            "much",
            "many",
            "going",
            "gonna",
            "wanna",
            "like",
            "need",
            "needs",
            "know",
            "tell",
            "mean",
            "means",
            "s",
            "t",
            "d",
            "ll",
            "re",
            "ve",
            "m",
            "though",
            "while",
            "whilst",
            "even",
            "again",
            "after",
            "before",
            "around",
            "often",
            "lot",
            "lots",
            "we're",
            "they're",
            "you're",
            "it's",
            "i've",
            "we've",
            "you've",
            "they've",
            "i'd",
            "i'll",
            "we'll",
            "there's",
            "that's",
            "isn't",
            "aren't",
            "don't",
            "doesn't",
            "didn't",
            "can't",
            "cannot",
            "won't",
            "shouldn't",
            "wouldn't",
            "couldn't",
            "haven't",
            "hasn't",
            "ok",
            "yeah",
            "hey",
            "bit",
            "quite",
            "maybe",
            "actually",
            "basically"));
    STOP_WORDS = CharArraySet.unmodifiableSet(set);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new StopFilter(stream, STOP_WORDS);
    stream = new PorterStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  /** The terms the analyzer makes of a text, in order. */
  List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = tokenStream(ClauseFields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory cannot fail", e);
    }
    return out;
  }

  /** The single term a word becomes, or empty when it is a stop word. */
  String stem(String word) {
    List<String> t = terms(word);
    return t.isEmpty() ? "" : t.get(0);
  }
}
