"""Tunes the sentence model's biases and layer norms for staff questions (see README.md).

Usage: train.py MODEL_FP32.onnx DATA_DIR OUT.bin

DATA_DIR holds clauses.tsv and questions.tsv as TuningData writes them (policy, clause id, token
ids). Each question is pulled towards the clause it names among all clauses of its policy (softmax
over the policy, scale 20); clause embeddings stay the packaged model's. Only the 60 bias and
layer-norm tensors of the six layers learn (BitFit), so the result is 120 KB patched into the
packaged int8 model at load time rather than a second model file. A second term keeps each
question's mean similarity to its policy's clauses where the packaged model puts it, so the
not-covered rule's similarity thresholds keep their meaning.
"""
import math, random, re, struct, sys
import numpy as np, onnx, torch
from onnx import numpy_helper

EPOCHS, LR, BATCH, SCALE, ANCHOR, SEED = 3, 1e-3, 32, 20.0, 10.0, 7
LAYERS, HEADS, MAX_QUESTION_TOKENS = 6, 12, 64


def load_weights(path):
    """The fp32 model's tensors by their BERT names; MatMul weights are named by the bias after them."""
    g = onnx.load(path).graph
    inits = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    after = {}
    for n in g.node:
        for x in n.input:
            after.setdefault(x, []).append(n)
    w = {k: v for k, v in inits.items() if not k.startswith("onnx::") and k != "embeddings.position_ids"}
    for n in g.node:
        if n.op_type == "MatMul" and n.input[1] in inits:
            add = next(c for c in after[n.output[0]] if c.op_type == "Add")
            bias = next(x for x in add.input if x in inits)
            w[bias.replace(".bias", ".weight")] = inits[n.input[1]]
    return {k: torch.tensor(np.array(v), dtype=torch.float32) for k, v in w.items()}


class MiniLM:
    def __init__(self, w):
        self.w = w

    def ln(self, x, pre):
        mu = x.mean(-1, keepdim=True)
        var = ((x - mu) ** 2).mean(-1, keepdim=True)
        return (x - mu) / torch.sqrt(var + 1e-12) * self.w[pre + ".weight"] + self.w[pre + ".bias"]

    def lin(self, x, pre):
        return x @ self.w[pre + ".weight"] + self.w[pre + ".bias"]

    def embed(self, ids, mask):
        """Mean-pooled, unit-length embeddings, as SentenceEncoder computes them."""
        b, t = ids.shape
        w = self.w
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:t][None] \
            + w["embeddings.token_type_embeddings.weight"][0][None, None]
        x = self.ln(x, "embeddings.LayerNorm")
        masked = (1.0 - mask[:, None, None, :].float()) * -10000.0
        d = x.shape[-1] // HEADS
        for l in range(LAYERS):
            p = f"encoder.layer.{l}."
            q, k, v = (self.lin(x, p + "attention.self." + n).view(b, t, HEADS, d).transpose(1, 2)
                       for n in ("query", "key", "value"))
            a = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(d) + masked, -1)
            c = (a @ v).transpose(1, 2).reshape(b, t, HEADS * d)
            x = self.ln(self.lin(c, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
            h = self.lin(x, p + "intermediate.dense")
            x = self.ln(self.lin(0.5 * h * (1 + torch.erf(h / math.sqrt(2))), p + "output.dense") + x,
                        p + "output.LayerNorm")
        m = mask[..., None].float()
        return torch.nn.functional.normalize((x * m).sum(1) / m.sum(1), dim=-1)


def batch(rows):
    t = max(len(r) for r in rows)
    ids = torch.zeros(len(rows), t, dtype=torch.long)
    mask = torch.zeros(len(rows), t, dtype=torch.long)
    for i, r in enumerate(rows):
        ids[i, :len(r)] = torch.tensor(r)
        mask[i, :len(r)] = 1
    return ids, mask


def parts(cid):
    return ".".join(re.findall(r"[0-9]+|[a-z]+", cid.lower()))


def read(data):
    clauses = {}
    for line in open(data + "/clauses.tsv", encoding="utf-8"):
        policy, cid, ids = line.rstrip("\n").split("\t")
        clauses.setdefault(policy, []).append((parts(cid), [int(x) for x in ids.split()]))
    questions = []
    for line in open(data + "/questions.tsv", encoding="utf-8"):
        policy, cid, ids = line.rstrip("\n").split("\t")
        index = [n for n, (c, _) in enumerate(clauses[policy]) if c == parts(cid)]
        if not index:
            sys.exit(f"{policy} has no clause {cid}")
        questions.append((policy, index[0], [int(x) for x in ids.split()][:MAX_QUESTION_TOKENS]))
    return clauses, questions


def write_tensors(out, w, names):
    """The named tensors in the format QuestionTuning.java reads (its javadoc), sorted by name."""
    with open(out, "wb") as f:
        f.write(struct.pack(">iii", 0x50425154, 1, len(names)))
        for n in sorted(names):
            v = w[n].detach().numpy().astype(">f4").ravel()
            name = n.encode("utf-8")
            f.write(struct.pack(">H", len(name)) + name + struct.pack(">i", v.size) + v.tobytes())
    print(f"wrote {len(names)} tensors to {out}", file=sys.stderr)


def read_tensors(path):
    """What write_tensors wrote, as flat tensors by name."""
    out = {}
    with open(path, "rb") as f:
        magic, version, count = struct.unpack(">iii", f.read(12))
        if (magic, version) != (0x50425154, 1):
            sys.exit(f"{path} is not a version 1 tuning file")
        for _ in range(count):
            name = f.read(struct.unpack(">H", f.read(2))[0]).decode("utf-8")
            n = struct.unpack(">i", f.read(4))[0]
            out[name] = torch.tensor(struct.unpack(f">{n}f", f.read(4 * n)))
    return out


def main(model_path, data, out):
    torch.set_num_threads(2)
    random.seed(SEED)
    torch.manual_seed(SEED)
    clauses, questions = read(data)
    w = load_weights(model_path)
    model = MiniLM(w)
    with torch.no_grad():
        targets = {p: torch.cat([model.embed(*batch([i for _, i in cl[s:s + 32]])) for s in range(0, len(cl), 32)])
                   for p, cl in clauses.items()}
        anchor = [float((targets[p] @ model.embed(*batch([ids]))[0]).mean()) for p, _, ids in questions]
    # The six layers' biases and layer norms; the embeddings' layer norm stays as packaged.
    tuned = [n for n in w if n.startswith("encoder.layer.") and (n.endswith(".bias") or "LayerNorm" in n)]
    for n in tuned:
        w[n].requires_grad_(True)
    opt = torch.optim.AdamW([w[n] for n in tuned], lr=LR, weight_decay=0)
    order = list(range(len(questions)))
    for epoch in range(EPOCHS):
        random.shuffle(order)
        total = 0.0
        for s in range(0, len(order), BATCH):
            chunk = [questions[i] for i in order[s:s + BATCH]]
            e = model.embed(*batch([q[2] for q in chunk]))
            loss = 0
            for r, (policy, clause, _) in enumerate(chunk):
                sims = targets[policy] @ e[r]
                loss = loss + torch.nn.functional.cross_entropy(SCALE * sims[None], torch.tensor([clause]))
                loss = loss + ANCHOR * (sims.mean() - anchor[order[s + r]]) ** 2
            loss = loss / len(chunk)
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss) * len(chunk)
        print(f"epoch {epoch + 1}: loss {total / len(order):.3f}", file=sys.stderr, flush=True)
    write_tensors(out, w, tuned)


if __name__ == "__main__":
    main(*sys.argv[1:4])
