"""The decorators TensorFlow's tutorials place are recommended back once stripped
(`benchmarks/tutorial_recall.py` on `benchmarks/tutorials/`), and the ones the engine keeps out are
kept out for the reason the tables give."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))
from tutorial_recall import TUTORIALS, recall  # noqa: E402

#: program -> the author hybrid functions recommended back.
RECOVERED = {
    "audio.py": {"ExportModel.__call__"},  # its concrete function is taken: it needs the graph
    "cvae.py": {"CVAE.sample", "train_step"},
    "cyclegan.py": {"train_step"},
    "dcgan.py": {"train_step"},
    "deepdream.py": {"TiledGradients.__call__"},  # a loop over the model's list of activations
    "dist.py": {"distributed_train_step"},
    "effective.py": {"train", "step_fn"},
    "kaggle_loop.py": {"train_step", "val_step"},  # the loop runs under tqdm
    "mixed.py": {"train_step", "test_step"},
    "nmt.py": {"train_step"},
    "pix2pix.py": {"train_step"},
    "quickstart.py": {"train_step", "test_step"},
    "scratch_loop.py": {"train_step", "test_step", "train_step_gan"},  # `batch_size` set again first
    "style.py": {"train_step"},
    "textgen.py": {"OneStep.generate_one_step", "CustomTraining.train_step"},
    "tfmodule.py": {"MySequentialModule.__call__"},  # two lists written out; the module is saved
    "trainer_class.py": {"Trainer.train_step", "Trainer.eval_step"},
    "transformer.py": {"train_step"},  # batches from tfds known by their tf.data methods
    "wgan.py": {"train_step"},
}
#: (program, function) -> why it stays eager.
KEPT_EAGER = {
    ("actor_critic.py", "train_step"): "CALLS_UNTRACEABLE",  # the program seeds; traced draws differ
    ("deepdream.py", "DeepDream.__call__"): "HAS_PYTHON_SIDE_EFFECTS",  # print("Tracing")
    ("pix2pix.py", "random_jitter"): "HAS_COVERED_CALLERS",  # tf.data traces its caller
    ("wgan.py", "gradient_penalty"): "HAS_COVERED_CALLERS",  # traced inside train_step
}


@pytest.fixture(scope="module")
def entries():
    return {(entry["program"], entry["function"]): entry
            for path in sorted(TUTORIALS.glob("*.py")) for entry in recall(path)}


@pytest.mark.parametrize("program", sorted(RECOVERED))
def test_the_tutorials_decorators_are_recommended_back(entries, program):
    recovered = {function for (name, function), entry in entries.items() if name == program and entry["recovered"]}
    assert RECOVERED[program] <= recovered


@pytest.mark.parametrize("key, code", sorted(KEPT_EAGER.items()))
def test_what_stays_eager_says_why(entries, key, code):
    assert entries[key]["blocked_by"] == code
