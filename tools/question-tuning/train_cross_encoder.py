"""Trains the cross-encoder that re-orders a policy's best candidates (see README.md).

Usage: train_cross_encoder.py MODEL_FP32.onnx DATA_DIR OUT.bin [INIT.bin]

DATA_DIR is what TuningData writes (clauses.tsv, questions.tsv). The packaged MiniLM reads
"[CLS] question [SEP] clause [SEP]" (question tokens of type 0, clause tokens of type 1) and a
linear head over its mean-pooled output scores the pair. Each question is trained to score its
clause above three others of its policy: the two the packaged sentence model puts closest to it
and one more of its next ten, the kind of sibling the re-ranking has to tell apart. As for the
question tuning, only the six layers' biases and layer norms learn (plus the head's 385 numbers),
so the result is 120 KB patched into the packaged int8 model, not a second model. With INIT, training
goes on from an earlier file with half the learning rate and other negatives.
"""
import math, os, random, sys
import torch
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train as T

LR, QUESTIONS_PER_BATCH, NEGATIVES, CANDIDATES, SEED, WARMUP = 2e-3, 8, 3, 12, 7, 50
MAX_QUESTION_TOKENS, MAX_PAIR_TOKENS, SEP = 48, 176, 102


class CrossEncoder(T.MiniLM):
    def score(self, ids, mask, types):
        b, t = ids.shape
        w = self.w
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:t][None] \
            + w["embeddings.token_type_embeddings.weight"][types]
        x = self.ln(x, "embeddings.LayerNorm")
        masked = (1.0 - mask[:, None, None, :].float()) * -10000.0
        d = x.shape[-1] // T.HEADS
        for l in range(T.LAYERS):
            p = f"encoder.layer.{l}."
            q, k, v = (self.lin(x, p + "attention.self." + n).view(b, t, T.HEADS, d).transpose(1, 2)
                       for n in ("query", "key", "value"))
            a = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(d) + masked, -1)
            c = (a @ v).transpose(1, 2).reshape(b, t, T.HEADS * d)
            x = self.ln(self.lin(c, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
            h = self.lin(x, p + "intermediate.dense")
            x = self.ln(self.lin(0.5 * h * (1 + torch.erf(h / math.sqrt(2))), p + "output.dense") + x,
                        p + "output.LayerNorm")
        m = mask[..., None].float()
        return ((x * m).sum(1) / m.sum(1)) @ w["head.weight"] + w["head.bias"]


def pair(question, clause):
    """As CrossEncoder.java builds it: the question cut to 48 tokens, then the clause without its [CLS].

    Clauses come cut to 128 tokens (TuningData), so a pair has at most 175 and the 176 cap never
    cuts; it is kept so that the shipped file's training can be repeated exactly."""
    if len(question) > MAX_QUESTION_TOKENS:
        question = question[:MAX_QUESTION_TOKENS - 1] + [SEP]
    ids = (question + clause[1:])[:MAX_PAIR_TOKENS]
    ids[-1] = SEP
    return ids, [0] * len(question) + [1] * (len(ids) - len(question))


def batch(pairs):
    t = max(len(ids) for ids, _ in pairs)
    ids, mask, types = (torch.zeros(len(pairs), t, dtype=torch.long) for _ in range(3))
    for i, (a, ty) in enumerate(pairs):
        ids[i, :len(a)] = torch.tensor(a)
        mask[i, :len(a)] = 1
        types[i, :len(a)] = torch.tensor(ty)
    return ids, mask, types


def nearest_clauses(model, clauses, questions):
    """Per question, its policy's clauses the packaged sentence model puts closest, best first."""
    def embed(rows):
        return torch.cat([model.embed(*T.batch(rows[s:s + 64])) for s in range(0, len(rows), 64)])
    with torch.no_grad():
        by_policy = {p: embed([ids for _, ids in c]) for p, c in clauses.items()}
        asked = embed([q[2] for q in questions])
    return [torch.topk(by_policy[p] @ asked[i], min(CANDIDATES, len(clauses[p]))).indices.tolist()
            for i, (p, _, _) in enumerate(questions)]


def main(model_path, data, out, init=None):
    torch.set_num_threads(2)
    seed = SEED + (1 if init else 0)
    random.seed(seed)
    torch.manual_seed(seed)
    clauses, questions = T.read(data)
    w = T.load_weights(model_path)
    model = CrossEncoder(w)
    nearest = nearest_clauses(model, clauses, questions)
    w["head.weight"], w["head.bias"] = torch.zeros(384), torch.zeros(1)
    if init:
        for name, values in T.read_tensors(init).items():
            w[name] = values.reshape(w[name].shape)
    tuned = [n for n in w if n.startswith("encoder.layer.") and (n.endswith(".bias") or "LayerNorm" in n)]
    tuned += ["head.weight", "head.bias"]
    for n in tuned:
        w[n].requires_grad_(True)
    lr = LR / 2 if init else LR
    opt = torch.optim.AdamW([w[n] for n in tuned], lr=lr, weight_decay=0)
    order = list(range(len(questions)))
    random.shuffle(order)
    steps = math.ceil(len(order) / QUESTIONS_PER_BATCH)
    total = right = 0
    for step, s in enumerate(range(0, len(order), QUESTIONS_PER_BATCH)):
        chunk = order[s:s + QUESTIONS_PER_BATCH]
        pairs = []
        for i in chunk:
            policy, clause, asked = questions[i]
            others = [c for c in nearest[i] if c != clause]
            for c in [clause] + others[:2] + random.sample(others[2:], NEGATIVES - 2):
                pairs.append(pair(asked, clauses[policy][c][1]))
        for g in opt.param_groups:
            g["lr"] = lr * min(1.0, (step + 1) / WARMUP) * (1 - step / steps)
        scores = model.score(*batch(pairs)).view(len(chunk), NEGATIVES + 1)
        loss = torch.nn.functional.cross_entropy(scores, torch.zeros(len(chunk), dtype=torch.long))
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += float(loss) * len(chunk)
        right += int((scores.argmax(1) == 0).sum())
        if step % 100 == 0 or step == steps - 1:
            done = s + len(chunk)
            print(f"{done}/{len(order)} questions: loss {total / done:.3f}, own clause first {right / done:.3f}",
                  file=sys.stderr, flush=True)
    T.write_tensors(out, w, tuned)


if __name__ == "__main__":
    main(*sys.argv[1:5])
