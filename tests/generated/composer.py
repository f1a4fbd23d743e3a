"""Composes snippet templates into whole programs, deterministically from a seed.

A program is a seeded header with a small dataset, then one to three scripts; the helpers, losses
and metrics the scripts ask for are written on demand from templates of that role, so that
functions call each other across snippets the way real code does.
"""
from __future__ import annotations

import ast
import random
from dataclasses import dataclass

from .templates import REGISTRY, SCRIPT, Block, Context, Template

MIN_FUNCTIONS, MAX_FUNCTIONS = 3, 8

HEADER = '''\
"""Generated program {seed}: {titles}."""
import random
import sys

import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed({seed})
features = tf.random.normal([8, 4], seed=1)
targets = tf.reduce_sum(features, axis=1, keepdims=True) * 0.5 + 0.1
labels = tf.constant([0, 1, 2, 1, 0, 2, 1, 0])
'''


@dataclass(frozen=True)
class Program:
    seed: int
    source: str
    templates: tuple[str, ...]  # every template used, scripts first

    @property
    def functions(self) -> int:
        return count_functions(self.source)


def count_functions(source: str) -> int:
    return sum(isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) for node in ast.walk(ast.parse(source)))


def templates_of(role: str) -> list[Template]:
    return [template for template in REGISTRY if template.role == role]


class _Composition:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.helpers: list[tuple[Template, Block]] = []
        self.context = Context(rng, self.write_helper)

    def write_helper(self, role: str, context: Context) -> str:
        template = context.choice(templates_of(role))
        block = template.build(context)
        self.helpers.append((template, block))
        return block.entry

    def compose(self, seed: int, scripts: int) -> Program:
        written = [(template, template.build(self.context))
                   for template in (self.context.choice(templates_of(SCRIPT)) for _ in range(scripts))]
        blocks = [block for _, block in self.helpers] + [block for _, block in written]
        titles = ", ".join(template.name.replace("_", " ") for template, _ in written)
        definitions = [HEADER.format(seed=seed, titles=titles)] + [block.defs for block in blocks]
        statements = [block.driver for block in blocks if block.driver] + [block.final for block in blocks if block.final]
        source = _join(definitions, "\n\n\n") + "\n\n\n" + _join(statements, "\n\n")
        used = tuple(template.name for template, _ in written + self.helpers)
        return Program(seed, source + "\n", used)


def _join(parts: list[str], separator: str) -> str:
    return separator.join(part.strip("\n") for part in parts)


def compose(seed: int) -> Program:
    """The program for `seed`: the same seed always gives the same text."""
    rng = random.Random(seed)
    while True:
        program = _Composition(rng).compose(seed, rng.choice([1, 2, 2, 3]))
        if MIN_FUNCTIONS <= program.functions <= MAX_FUNCTIONS:
            return program
