package org.policybot.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.Section;

/**
 * An immutable, in-memory Lucene index over the clauses of a set of policies: the one entry point
 * of the index module for searching. Build a new one to change the policies (the answering core
 * swaps whole indexes so questions in flight never see half an update). Thread-safe: any number of
 * threads may search at once.
 */
public final class PolicyIndex implements AutoCloseable {

  /** Field weights: a clause's own words count most, its headings and lead-in less. */
  private static final Map<String, Float> FIELDS =
      Map.of(
          ClauseFields.TEXT, 1.0f,
          ClauseFields.SECTION, 0.6f,
          ClauseFields.CONTEXT, 0.35f,
          ClauseFields.TITLE, 0.25f);

  /** Clauses are short and similar in length; a gentle length normalisation ranks best. */
  private static final BM25Similarity SIMILARITY = new BM25Similarity(1.2f, 0.5f);

  private final List<Policy> policies;
  private final List<Clause> clauses;
  private final List<Policy> owners;
  private final List<Set<String>> clauseTerms;
  private final IdeaRarity rarity;
  private final Map<String, Policy> byId;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryPlanner planner;
  private final SemanticReranker reranker;
  private final List<String> embeddingTexts;

  /** Ids of the policies whose questions keep the packaged model (they have example questions). */
  private final Set<String> withExamples;

  private final List<List<String>> examples;
  private final CompletableFuture<Void> semanticReady;
  private final SearchOptions options;
  private final BitSet crossReferences;

  /** Each policy's example scale, measured from its examples on the first question needing it. */
  private final Map<String, Double> exampleScales = new ConcurrentHashMap<>();

  /** Lexical candidates the semantic re-ranker chooses from. */
  private static final int RERANK_CANDIDATES = 30;

  private PolicyIndex(
      List<Policy> policies,
      List<Clause> clauses,
      List<Policy> owners,
      List<Set<String>> clauseTerms,
      List<List<String>> examples,
      BitSet crossReferences,
      DirectoryReader reader,
      QueryPlanner planner,
      SemanticReranker reranker,
      SearchOptions options) {
    this.policies = List.copyOf(policies);
    this.clauses = clauses;
    this.owners = owners;
    this.clauseTerms = clauseTerms;
    this.rarity = new IdeaRarity(clauseTerms, owners);
    this.examples = examples;
    this.reader = reader;
    this.planner = planner;
    this.searcher = new IndexSearcher(reader);
    this.searcher.setSimilarity(SIMILARITY);
    this.reranker = reranker;
    this.options = options;
    this.crossReferences = crossReferences;
    // Only the semantic re-ranker reads these; lexical-only indexes skip building them.
    this.embeddingTexts =
        reranker == null ? List.of() : clauses.stream().map(c -> embeddingText(c)).toList();
    List<String> allTexts = new ArrayList<>(embeddingTexts);
    if (reranker != null) {
      examples.forEach(allTexts::addAll);
    }
    // Policies with an example question for one of their clauses (an example for a clause the
    // policy lacks is ignored, so it does not count).
    Set<String> asked = new HashSet<>();
    for (int i = 0; i < clauses.size(); i++) {
      if (!examples.get(i).isEmpty()) {
        asked.add(owners.get(i).id());
      }
    }
    this.withExamples = Set.copyOf(asked);
    this.semanticReady =
        reranker == null
            ? CompletableFuture.completedFuture(null)
            : reranker.warm(
                allTexts,
                options.tunedQuestions()
                    && policies.stream().anyMatch(p -> !withExamples.contains(p.id())),
                options.crossEncoder());
    Map<String, Policy> ids = new LinkedHashMap<>();
    for (Policy p : policies) {
      ids.put(p.id(), p);
    }
    this.byId = Map.copyOf(ids);
  }

  /** What a clause is embedded as: its heading and lead-in give its words their topic. */
  static String embeddingText(Clause c) {
    return c.sectionTitle() + ". " + (c.context().isEmpty() ? "" : c.context() + " ") + c.text();
  }

  /**
   * Indexes the clauses of the given policies with the default options (semantic re-ranking on).
   *
   * @throws IllegalArgumentException when two policies share an id
   */
  public static PolicyIndex build(Collection<Policy> policies) {
    return build(policies, SearchOptions.defaults());
  }

  /**
   * Indexes the clauses of the given policies.
   *
   * @throws IllegalArgumentException when two policies share an id
   */
  public static PolicyIndex build(Collection<Policy> policies, SearchOptions options) {
    Set<String> ids = new HashSet<>();
    for (Policy p : policies) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("policy id " + p.id() + " is used twice");
      }
    }
    PolicyAnalyzer analyzer = Vocabulary.ANALYZER;
    Vocabulary vocabulary = Vocabulary.shared();
    Set<String> known = new HashSet<>(vocabulary.surfaceWords());
    List<Policy> policyList = List.copyOf(policies);
    List<Clause> clauses = new ArrayList<>();
    List<Policy> owners = new ArrayList<>();
    List<Set<String>> terms = new ArrayList<>();
    List<List<String>> textTerms = new ArrayList<>();
    List<List<String>> examples = new ArrayList<>();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(SIMILARITY);
    config.setRAMBufferSizeMB(64);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (Policy policy : policyList) {
        Map<String, List<String>> asked = policy.examples().byClause();
        for (Clause clause : policy.clauses()) {
          String section = sectionTitles(policy, clause);
          Document doc = new Document();
          doc.add(new StringField(ClauseFields.KEY, clause.key(), Field.Store.NO));
          doc.add(new NumericDocValuesField(ClauseFields.ORDINAL, clauses.size()));
          doc.add(new TextField(ClauseFields.TEXT, clause.text(), Field.Store.NO));
          doc.add(new TextField(ClauseFields.SECTION, section, Field.Store.NO));
          doc.add(new TextField(ClauseFields.CONTEXT, clause.context(), Field.Store.NO));
          doc.add(new TextField(ClauseFields.TITLE, policy.title(), Field.Store.NO));
          // Example questions only steer the semantic re-ranker: as indexed words they matched
          // questions the policy does not cover (docs/quality.md).
          examples.add(asked.getOrDefault(clause.id(), List.of()));
          writer.updateDocument(new Term(ClauseFields.KEY, clause.key()), doc);
          clauses.add(clause);
          owners.add(policy);
          // The clause's own words are analysed once, in order, for the cross-reference check too.
          List<String> own = analyzer.terms(clause.text());
          textTerms.add(own);
          Set<String> all = new HashSet<>(own);
          String rest = String.join(" ", section, clause.context(), policy.title());
          all.addAll(analyzer.terms(rest));
          terms.add(Set.copyOf(all));
          addWords(known, clause.text() + " " + rest);
        }
      }
      writer.commit();
      DirectoryReader reader = DirectoryReader.open(dir);
      QueryPlanner planner = new QueryPlanner(analyzer, vocabulary, new SpellingCorrector(known));
      SemanticReranker reranker = options.semantic() ? SemanticReranker.shared() : null;
      return new PolicyIndex(
          policyList,
          List.copyOf(clauses),
          List.copyOf(owners),
          List.copyOf(terms),
          List.copyOf(examples),
          CrossReferences.find(policyList, textTerms, owners, analyzer),
          reader,
          planner,
          reranker,
          options);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory indexing failed", e);
    }
  }

  private static void addWords(Set<String> known, String text) {
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
      if (!w.isEmpty()) {
        known.add(w);
      }
    }
  }

  /** The clause's section title and the titles of the sections above it ("4.6" under "4"). */
  private static String sectionTitles(Policy policy, Clause clause) {
    StringBuilder out = new StringBuilder(clause.sectionTitle());
    String id = clause.sectionId();
    while (id.contains(".")) {
      id = id.substring(0, id.lastIndexOf('.'));
      for (Section s : policy.sections()) {
        if (s.id().equals(id)) {
          out.append(' ').append(s.title());
        }
      }
    }
    return out.toString();
  }

  /**
   * Finds the clauses that best answer a question.
   *
   * @param question staff text, any length or content; it is analysed, never parsed as syntax
   * @param limit how many hits at most
   */
  public SearchResult search(String question, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1: " + limit);
    }
    String text = question == null ? "" : question;
    QueryPlanner.Plan plan = planner.plan(text);
    List<String> labels = plan.concepts().stream().map(Concept::label).toList();
    if (plan.concepts().isEmpty()) {
      return new SearchResult(labels, plan.corrections(), List.of(), reranker != null);
    }
    try {
      int depth = reranker == null ? limit : Math.max(limit, RERANK_CANDIDATES);
      TopDocs top = searcher.search(query(plan.concepts()), depth);
      // One question's ideas weigh the same in every clause of a policy; worked out once each.
      Map<String, Double> rarities = new HashMap<>();
      List<SearchHit> hits = new ArrayList<>();
      if (reranker == null || top.scoreDocs.length == 0) {
        for (ScoreDoc sd : top.scoreDocs) {
          int ordinal = ordinal(sd.doc);
          hits.add(hit(ordinal, sd.score * factor(ordinal), 0, 0, plan.concepts(), rarities));
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
        return new SearchResult(labels, plan.corrections(), hits, false);
      }
      List<SemanticReranker.Candidate> candidates = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        int ordinal = ordinal(sd.doc);
        candidates.add(
            new SemanticReranker.Candidate(
                ordinal,
                sd.score,
                embeddingTexts.get(ordinal),
                examples.get(ordinal),
                examples.get(ordinal).isEmpty() ? 0 : exampleScale(owners.get(ordinal)),
                options.tunedQuestions() && !withExamples.contains(owners.get(ordinal).id())));
      }
      List<SemanticReranker.Ranked> ranked =
          new ArrayList<>(reranker.rerank(plan.normalised(), candidates, options.crossEncoder()));
      ranked.replaceAll(
          r ->
              new SemanticReranker.Ranked(
                  r.ordinal(),
                  r.score() * factor(r.ordinal()),
                  r.similarity(),
                  r.exampleSimilarity()));
      ranked.sort(Comparator.comparingDouble(SemanticReranker.Ranked::score).reversed());
      for (SemanticReranker.Ranked r : ranked) {
        if (hits.size() == limit) {
          break;
        }
        hits.add(
            hit(
                r.ordinal(),
                (float) r.score(),
                r.similarity(),
                r.exampleSimilarity(),
                plan.concepts(),
                rarities));
      }
      return new SearchResult(labels, plan.corrections(), hits, true);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory search failed", e);
    }
  }

  /**
   * The policy's example scale ({@link SemanticReranker#exampleScale}), worked out once per index
   * from embeddings the background warm-up has usually made already, so every question sees the
   * same value whenever it is asked.
   */
  private double exampleScale(Policy policy) {
    return exampleScales.computeIfAbsent(
        policy.id(),
        id -> {
          List<String> texts = new ArrayList<>();
          List<List<String>> asked = new ArrayList<>();
          for (int i = 0; i < clauses.size(); i++) {
            if (owners.get(i).id().equals(id)) {
              texts.add(embeddingTexts.get(i));
              asked.add(examples.get(i));
            }
          }
          return reranker.exampleScale(texts, asked);
        });
  }

  /** What a clause keeps of its score: less when it only points to another indexed policy. */
  private float factor(int ordinal) {
    return crossReferences.get(ordinal) ? CrossReferences.SCORE_FACTOR : 1f;
  }

  private SearchHit hit(
      int ordinal,
      float score,
      double similarity,
      double exampleSimilarity,
      List<Concept> concepts,
      Map<String, Double> rarities) {
    Set<String> terms = clauseTerms.get(ordinal);
    Policy policy = owners.get(ordinal);
    double found = 0;
    // Coverage weighs each idea by its rarity in the clause's policy too; found counts ideas.
    double total = 0;
    double covered = 0;
    List<String> matched = new ArrayList<>();
    for (Concept c : concepts) {
      double weight =
          c.weight()
              * rarities.computeIfAbsent(policy.id() + "\n" + c.label(), k -> rarity.of(c, policy));
      total += weight;
      boolean present = c.alternatives().stream().anyMatch(a -> terms.containsAll(a.terms()));
      if (present) {
        found += c.weight();
        covered += weight;
        matched.add(c.label());
      }
    }
    double coverage = total == 0 ? 0 : Math.min(1.0, covered / total);
    return new SearchHit(
        clauses.get(ordinal),
        owners.get(ordinal),
        score,
        coverage,
        found,
        similarity,
        exampleSimilarity,
        matched);
  }

  private static Query query(List<Concept> concepts) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (Concept concept : concepts) {
      List<Query> ways = new ArrayList<>();
      for (Concept.Alternative alt : concept.alternatives()) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (var field : FIELDS.entrySet()) {
          fields.add(
              new BoostQuery(termsQuery(field.getKey(), alt.terms()), field.getValue()),
              BooleanClause.Occur.SHOULD);
        }
        ways.add(new BoostQuery(fields.build(), alt.boost()));
      }
      Query either = new DisjunctionMaxQuery(ways, 0.1f);
      all.add(new BoostQuery(either, (float) concept.weight()), BooleanClause.Occur.SHOULD);
    }
    return all.build();
  }

  private static Query termsQuery(String field, List<String> terms) {
    if (terms.size() == 1) {
      return new TermQuery(new Term(field, terms.get(0)));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(2);
    for (String t : terms) {
      phrase.add(new Term(field, t));
    }
    return phrase.build();
  }

  private int ordinal(int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues values = leaf.reader().getNumericDocValues(ClauseFields.ORDINAL);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("document " + doc + " has no ordinal");
    }
    return (int) values.longValue();
  }

  /**
   * Completes when every clause has its embedding, so questions pay no embedding of clauses. The
   * index answers before that; it is only slower on the first questions.
   */
  public CompletableFuture<Void> semanticReady() {
    return semanticReady;
  }

  /** The options this index was built with; a rebuilt index should use the same. */
  public SearchOptions options() {
    return options;
  }

  /** The indexed policies, in the order given to {@link #build}. */
  public List<Policy> policies() {
    return policies;
  }

  /** The policy with this id, if indexed. */
  public Optional<Policy> policy(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** How many clauses are indexed. */
  public int clauseCount() {
    return clauses.size();
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
