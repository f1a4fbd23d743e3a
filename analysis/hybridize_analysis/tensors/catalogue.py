"""The catalogue of TensorFlow, Keras and NumPy APIs, as data.

The dataflow resolves a callee through imports to a qualified name (`tf.random.normal` under
`import tensorflow as tf` is `"tensorflow.random.normal"`) and asks here what kind of value the
call returns. Kinds are plain strings; the module never imports TensorFlow, Keras or NumPy.

Lookups go, in order: an explicit table of full names (`CALL_RESULTS`); whole namespaces whose
functions return tensors, minus listed exceptions (`TENSOR_FAMILIES`); Keras namespaces, looked up
by their last component so that every spelling of a name (`tensorflow.keras.layers.Dense`,
`keras.src.layers.core.dense.Dense`) agrees; NumPy; Python builtins. `None` always means "unknown",
and `NONE` means "known to return nothing useful" (`tf.print`, `update_state`).
"""
from __future__ import annotations

from dataclasses import dataclass

# -- Kinds ------------------------------------------------------------------------------------------

TENSOR = "tensor"  # tf.Tensor, tf.RaggedTensor, tf.SparseTensor, a KerasTensor
VARIABLE = "variable"  # tf.Variable / keras.Variable; tensor-like
TENSOR_LIST = "tensor_list"  # a Python list, tuple (or namedtuple) of tensors; tensor-like
TENSOR_DICT = "tensor_dict"  # a dict of tensors keyed by strings (`tf.io.parse_example`); tensor-like
DATASET = "dataset"  # tf.data.Dataset
ITERATOR = "iterator"  # iter(dataset), iter(tensor): yields tensors
NUMPY_ITERATOR = "numpy_iterator"  # dataset.as_numpy_iterator(): yields NumPy values
LAYER = "layer"  # a Keras layer instance
MODEL = "model"  # a Keras model instance (also a layer)
OPTIMIZER = "optimizer"
LOSS = "loss"  # a Keras loss object: calling it yields a tensor
METRIC = "metric"  # a Keras metric object: calling it or `result()` yields a tensor
TAPE = "tape"  # tf.GradientTape
GENERATOR = "generator"  # tf.random.Generator
TENSOR_ARRAY = "tensor_array"  # tf.TensorArray
SPEC = "spec"  # tf.TensorSpec and other TypeSpecs: describe tensors, are not tensors
NUMPY = "numpy"  # a NumPy array or NumPy scalar (or a list/tuple of them)
NUMPY_GENERATOR = "numpy_generator"  # np.random.default_rng(), np.random.RandomState()
SHAPE = "shape"  # a static shape: tf.TensorShape, or the tuple of ints of keras.ops.shape / ndarray.shape
DTYPE = "dtype"  # a TensorFlow DType (or a NumPy dtype)
MODULE = "module"  # a module or namespace, e.g. `tensorflow.keras.layers`
INT = "int"
FLOAT = "float"
STR = "str"
BOOL = "bool"
STRATEGY = "strategy"  # a tf.distribute strategy: `strategy.run(fn, args)` calls `fn`
NONE = "none"  # known to return None (or an op nobody uses): tf.print, metric.update_state

KINDS = frozenset({
    TENSOR, VARIABLE, TENSOR_LIST, TENSOR_DICT, DATASET, ITERATOR, NUMPY_ITERATOR, LAYER, MODEL, OPTIMIZER, LOSS,
    METRIC, TAPE, GENERATOR, TENSOR_ARRAY, SPEC, NUMPY, NUMPY_GENERATOR, SHAPE, DTYPE, MODULE, INT,
    FLOAT, STR, BOOL, NONE, STRATEGY,
})
#: Kinds the dataflow treats as tensors.
TENSOR_LIKE = frozenset({TENSOR, VARIABLE, TENSOR_LIST, TENSOR_DICT})


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _table(namespace: str, **by_kind: str) -> dict[str, str]:
    """`_table("tensorflow", tensor="abs add")` -> {"tensorflow.abs": "tensor", ...}."""
    prefix = namespace + "." if namespace else ""
    return {prefix + name: kind for kind, names in by_kind.items() for name in _names(names)}


# -- Spellings --------------------------------------------------------------------------------------

#: Prefix renames applied in order before the generated aliases; each later rule sees the result of
#: the earlier ones. `tf.keras` is a lazy copy of `keras`, and `tensorflow.compat.v2` is `tensorflow`.
RENAMED_PREFIXES: tuple[tuple[str, str], ...] = (
    ("tensorflow.compat.v2", "tensorflow"),
    ("tensorflow.python.keras", "keras"),
    ("tensorflow.keras", "keras"),
    ("tf_keras", "keras"),
    ("keras._tf_keras.keras", "keras"),
    ("keras.api", "keras"),
    # `six.moves` (Python 2 compatibility, still imported by tf-agents and others) is builtins
    ("six.moves.builtins", "builtins"), ("six.moves.zip", "builtins.zip"), ("six.moves.range", "builtins.range"),
    ("six.moves.xrange", "builtins.range"), ("six.moves.map", "builtins.map"), ("six.moves.filter", "builtins.filter"),
    ("six.moves.input", "builtins.input"), ("six.moves.reduce", "functools.reduce"),
    ("six.moves.zip_longest", "itertools.zip_longest"),
)
#: Prefixes of paths that are not public spellings: `normalize` maps them through the generated
#: aliases to the public name of the object they hold.
HIDDEN_PREFIXES: tuple[str, ...] = ("tensorflow.compat.v1.", "tensorflow.python.", "keras.src.")
#: Renames for hidden paths the installed libraries do not have (another version's internal
#: module): the generated data only leaves out `tensorflow.compat.v1.X` holding `tensorflow.X`.
FALLBACK_PREFIXES: tuple[tuple[str, str], ...] = (
    ("tensorflow.compat.v1", "tensorflow"),
    ("keras.src", "keras"),
)


def _rename(name: str, renames: tuple[tuple[str, str], ...]) -> str:
    for old, new in renames:
        if name == old or name.startswith(old + "."):
            name = new + name[len(old):]
    return name


class _Generated:
    """The generated catalogue (`catalogue_data.py`), parsed on first use.

    `kinds` maps each entry's primary public name to its kind (None when the generator's rules do
    not classify it); `aliases` maps every other path that reaches the same object to that name.
    """

    def __init__(self) -> None:
        from . import catalogue_data

        self.versions: dict[str, str] = dict(catalogue_data.VERSIONS)
        self.kinds: dict[str, str | None] = {}
        self.aliases: dict[str, str] = {}
        kinds, aliases = self.kinds, self.aliases
        #: primary name -> the index of its positional `name` parameter, or "k" when keyword-only
        self.name_positions: dict[str, int | str] = {}
        for line in catalogue_data.ENTRIES.strip().split("\n"):
            kind, primary, *others = line.split(" ")
            kind, _, position = kind.partition("@")
            if position:
                self.name_positions[primary] = int(position) if position.isdigit() else position
            kinds[primary] = None if kind == "-" else kind
            if others:
                aliases.update(dict.fromkeys(others, primary))
        #: method name -> (the TensorFlow class whose method it is, the kind of its instances)
        self.method_owners: dict[str, tuple[str, str]] = {
            name: (path, kind) for path, (kind, names) in catalogue_data.METHODS.items() for name in names.split()}
        #: every method name of the libraries' classes and of Python's builtin types
        self.method_names: frozenset[str] = frozenset(catalogue_data.METHOD_NAMES.split())

    def get_public_name(self, name: str) -> str | None:
        """The public name of the object a hidden path reaches, by its longest known prefix:
        `tensorflow.compat.v1.RaggedTensor.from_row_lengths` -> `tensorflow.RaggedTensor.from_row_lengths`."""
        parts = name.split(".")
        for end in range(len(parts), 1, -1):
            prefix = ".".join(parts[:end])
            if prefix in self.kinds:
                return name
            primary = self.aliases.get(prefix)
            if primary is not None:
                return ".".join([primary, *parts[end:]])
        return None

    def get_kind(self, name: str) -> tuple[bool, str | None]:
        """(whether the generated catalogue knows `name`, the kind of its call's result)."""
        primary = name if name in self.kinds else self.aliases.get(name)
        if primary is None:
            return False, None
        return True, self.kinds[primary]


_generated: _Generated | None = None


def get_generated() -> _Generated:
    global _generated
    if _generated is None:
        _generated = _Generated()
    return _generated


_normalized: dict[str, str] = {}


def normalize(qualified_name: str) -> str:
    """The canonical spelling of a qualified name.

    `tensorflow.keras.X`, `tf_keras.X` and `tensorflow.python.keras.X` become `keras.X`;
    `tensorflow.compat.v2.X` becomes `tensorflow.X`. Hidden paths become the public name of the
    object they reach, from the generated catalogue: `tensorflow.python.ops.math_ops.reduce_sum` ->
    `tensorflow.math.reduce_sum`, `tensorflow.compat.v1.add` -> `tensorflow.math.add`,
    `keras.src.layers.core.dense.Dense` -> `keras.layers.Dense`; a `tensorflow.compat.v1` path
    holding another object than `tensorflow.X` keeps its spelling (`tensorflow.compat.v1.reduce_sum`
    takes `keep_dims`). Public aliases such as `tensorflow.add` and `tensorflow.math.add` keep their
    spelling: the lookups know both.
    """
    cached = _normalized.get(qualified_name)
    if cached is not None:
        return cached
    name = _rename(qualified_name, RENAMED_PREFIXES)
    if name.startswith(HIDDEN_PREFIXES):
        name = get_generated().get_public_name(name) or _rename(name, FALLBACK_PREFIXES)
    _normalized[qualified_name] = name
    return name


# -- Modules ----------------------------------------------------------------------------------------

KNOWN_MODULES = frozenset(
    ["tensorflow", "keras", "numpy"]
    + ["tensorflow." + name for name in _names("""
        audio autodiff autograph autograph.experimental bitwise compat compat.v1 config
        config.experimental config.optimizer config.threading data data.experimental distribute
        dtypes debugging errors experimental experimental.numpy experimental.numpy.random
        feature_column image initializers io io.gfile linalg linalg.experimental lite lookup math
        math.special nest nn nn.experimental profiler quantization queue ragged random
        random.experimental raw_ops saved_model sets signal sparse strings summary sysconfig test
        tpu train types types.experimental version xla""")]
    + ["keras." + name for name in _names("""
        activations applications backend callbacks config constraints datasets distribution
        dtype_policies export initializers layers layers.experimental
        layers.experimental.preprocessing legacy losses metrics mixed_precision models ops ops.image
        ops.linalg ops.nn ops.numpy optimizers optimizers.legacy optimizers.experimental
        optimizers.schedules preprocessing preprocessing.image preprocessing.sequence
        preprocessing.text quantizers random regularizers saving tree utils visualization wrappers
        applications.convnext applications.densenet applications.efficientnet
        applications.efficientnet_v2 applications.imagenet_utils applications.inception_resnet_v2
        applications.inception_v3 applications.mobilenet applications.mobilenet_v2
        applications.mobilenet_v3 applications.nasnet applications.resnet applications.resnet50
        applications.resnet_v2 applications.vgg16 applications.vgg19 applications.xception
        datasets.boston_housing datasets.california_housing datasets.cifar10 datasets.cifar100
        datasets.fashion_mnist datasets.imdb datasets.mnist datasets.reuters""")]
    + ["numpy." + name for name in _names("""
        random linalg fft testing ma polynomial typing lib char emath strings rec dtypes
        exceptions""")]
)

# -- TensorFlow: the exceptions to the generated data --------------------------------------------

# `catalogue_data.py`, generated from the installed TensorFlow, classifies every exported function
# and class (see `generate_catalogue`). These tables hold only what its rules cannot infer, and take
# precedence: calls that return a Python value, a dtype, a shape or nothing (`tf.executing_eagerly`,
# `tf.as_dtype`, `tf.print`, the assertions); Python wrappers whose docstring does not say they
# return a tuple or list of tensors (`tf.split`, `tf.unstack`, `tf.while_loop`); calls that compute
# tensors from outside the op modules (`tf.py_function`, `tf.data.experimental.cardinality`); and
# `tf.debugging.assert_all_finite`, which returns its argument but is written for its check.

_TF_TOP_LEVEL = _table(
    "tensorflow",
    tensor="fingerprint numpy_function py_function saturate_cast where",
    tensor_list="hessians required_space_to_batch_paddings split tuple unstack while_loop",
    shape="broadcast_static_shape",
    dtype="as_dtype",
    numpy="get_static_value make_ndarray",
    bool="executing_eagerly inside_function is_symbolic_tensor is_tensor",
    str="get_current_name_scope",
    none="Assert assert_equal assert_greater assert_less assert_rank group print",
)

_TF_NAMESPACED = {
    **_table("tensorflow.SparseTensor",
             tensor="from_value"),
    **_table("tensorflow.dtypes",
             tensor="saturate_cast",
             dtype="as_dtype"),
    **_table("tensorflow.debugging",
             bool="get_log_device_placement is_numeric_tensor is_traceback_filtering_enabled",
             none="""
                 Assert assert_all_finite assert_equal assert_greater assert_greater_equal
                 assert_integer assert_less assert_less_equal assert_near assert_negative
                 assert_non_negative assert_non_positive assert_none_equal assert_positive
                 assert_proper_iterable assert_rank assert_rank_at_least assert_rank_in
                 assert_same_float_dtype assert_scalar assert_shapes assert_type
                 disable_check_numerics disable_traceback_filtering enable_check_numerics
                 enable_traceback_filtering set_log_device_placement"""),
    **_table("tensorflow.summary",
             none="""
                 audio flush graph histogram image scalar text trace_export trace_off trace_on write"""),
    **_table("tensorflow.config",
             bool="""
                 experimental_functions_run_eagerly functions_run_eagerly get_soft_device_placement""",
             none="""
                 experimental_run_functions_eagerly run_functions_eagerly
                 set_logical_device_configuration set_soft_device_placement set_visible_devices"""),
    **_table("tensorflow.config.experimental",
             none="enable_op_determinism set_memory_growth"),
    **_table("tensorflow.io",
             variable="match_filenames_once"),
    **_table("tensorflow.data.experimental",
             dataset="""
                 Counter choose_from_datasets from_list from_variant load
                 make_batched_features_dataset make_csv_dataset sample_from_datasets""",
             tensor="cardinality get_single_element to_variant",
             none="enable_debug_mode save"),
}

# -- Whole namespaces whose functions return tensors ------------------------------------------------

def _exceptions(**by_kind: str) -> dict[str, str | None]:
    """Leaf name -> kind; `unknown=` lists names that are not tensor functions (classes, factories)."""
    return {name: (None if kind == "unknown" else kind)
            for kind, names in by_kind.items() for name in _names(names)}


#: Namespace -> {last component: kind} for the functions that do NOT return a single tensor.
#: Every other function in the namespace (and in its sub-namespaces) returns a tensor. The generator
#: applies these to the installed libraries; `call_result` applies them to names it does not know
#: (another version's API). Classes are classified by their base class, so none is listed.
TENSOR_FAMILIES: dict[str, dict[str, str | None]] = {
    "tensorflow.math": _exceptions(tensor_list="top_k approx_max_k approx_min_k"),
    "tensorflow.nn": _exceptions(
        tensor_list="""
            moments weighted_moments sufficient_statistics normalize_moments top_k approx_max_k
            approx_min_k ctc_beam_search_decoder ctc_greedy_decoder ctc_unique_labels
            collapse_repeated fractional_avg_pool fractional_max_pool max_pool_with_argmax
            all_candidate_sampler fixed_unigram_candidate_sampler learned_unigram_candidate_sampler
            compute_accidental_hits"""),
    "tensorflow.linalg": _exceptions(tensor_list="eig eigh lu qr svd slogdet conjugate_gradient"),
    "tensorflow.signal": _exceptions(unknown="inverse_stft_window_fn"),
    "tensorflow.image": _exceptions(
        tensor_list="""
            combined_non_max_suppression non_max_suppression_padded non_max_suppression_with_scores
            sample_distorted_bounding_box stateless_sample_distorted_bounding_box image_gradients
            generate_bounding_box_proposals"""),
    "tensorflow.random": _exceptions(
        generator="get_global_generator",
        none="set_seed set_global_generator",
        tensor_list="""
            all_candidate_sampler fixed_unigram_candidate_sampler learned_unigram_candidate_sampler
            log_uniform_candidate_sampler uniform_candidate_sampler"""),
    "tensorflow.strings": _exceptions(
        tensor_list="unicode_decode_with_offsets unicode_split_with_offsets"),
    "tensorflow.sparse": _exceptions(tensor_list="split fill_empty_rows"),
    "tensorflow.ragged": {},
    "tensorflow.bitwise": {},
    "tensorflow.experimental.numpy": _exceptions(
        unknown="""
            finfo iinfo ndarray e pi inf newaxis bool_ complex128 complex64 complex_ float16
            float32 float64 float_ inexact int16 int32 int64 int8 int_ object_ string_ uint16
            uint32 uint64 uint8 unicode_ random""",
        none="experimental_enable_numpy_behavior seed",
        int="ndim size",
        shape="shape",
        bool="isscalar iscomplexobj isrealobj issubdtype",
        dtype="result_type promote_types",
        tensor_list="broadcast_arrays meshgrid split hsplit vsplit dsplit nonzero"),
    "keras.ops": _exceptions(
        unknown="custom_gradient vectorize",
        shape="shape",
        int="ndim",
        str="dtype",
        bool="is_tensor",
        numpy="convert_to_numpy",
        tensor_list="""
            eig eigh qr svd slogdet lu_factor top_k split array_split hsplit vsplit dsplit unstack
            meshgrid moments nonzero unravel_index ctc_decode histogram jvp while_loop"""),
    "keras.activations": _exceptions(unknown="get serialize deserialize"),
    "keras.random": {},
}

# -- Keras ------------------------------------------------------------------------------------------

#: `keras.Input` builds a KerasTensor from a function outside `keras.ops`; the generated data
#: classifies Keras's classes by their base class.
_KERAS_TOP_LEVEL = _table("keras", tensor="Input", str="version")

_KERAS_LOSS_CLASSES = """
    BinaryCrossentropy BinaryFocalCrossentropy CTC CategoricalCrossentropy
    CategoricalFocalCrossentropy CategoricalGeneralizedCrossEntropy CategoricalHinge Circle
    CosineSimilarity Dice Hinge Huber KLDivergence LogCosh Loss MeanAbsoluteError
    MeanAbsolutePercentageError MeanSquaredError MeanSquaredLogarithmicError Poisson
    SparseCategoricalCrossentropy SquaredHinge Tversky"""
_KERAS_LOSS_FUNCTIONS = """
    binary_crossentropy binary_focal_crossentropy categorical_crossentropy
    categorical_focal_crossentropy categorical_generalized_cross_entropy categorical_hinge circle
    cosine_similarity ctc dice hinge huber kl_divergence kld KLD kullback_leibler_divergence
    log_cosh logcosh mean_absolute_error mae MAE mean_absolute_percentage_error mape MAPE
    mean_squared_error mse MSE mean_squared_logarithmic_error msle MSLE poisson
    sparse_categorical_crossentropy squared_hinge tversky"""
_KERAS_METRIC_CLASSES = """
    AUC Accuracy BinaryAccuracy BinaryCrossentropy BinaryIoU CategoricalAccuracy
    CategoricalCrossentropy CategoricalHinge ConcordanceCorrelation CosineSimilarity F1Score
    FBetaScore FalseNegatives FalsePositives Hinge IoU KLDivergence LogCoshError Mean
    MeanAbsoluteError MeanAbsolutePercentageError MeanIoU MeanMetricWrapper MeanRelativeError
    MeanSquaredError MeanSquaredLogarithmicError MeanTensor Metric OneHotIoU OneHotMeanIoU
    PearsonCorrelation Poisson Precision PrecisionAtRecall R2Score Recall RecallAtPrecision
    RootMeanSquaredError SensitivityAtSpecificity SparseCategoricalAccuracy
    SparseCategoricalCrossentropy SparseTopKCategoricalAccuracy SpecificityAtSensitivity
    SquaredHinge Sum TopKCategoricalAccuracy TrueNegatives TruePositives"""
_KERAS_METRIC_FUNCTIONS = """
    binary_accuracy binary_crossentropy binary_focal_crossentropy categorical_accuracy
    categorical_crossentropy categorical_focal_crossentropy categorical_hinge
    concordance_correlation hinge huber kl_divergence kld KLD kullback_leibler_divergence log_cosh
    logcosh mean_absolute_error mae MAE mean_absolute_percentage_error mape MAPE mean_squared_error
    mse MSE mean_squared_logarithmic_error msle MSLE pearson_correlation poisson
    sparse_categorical_accuracy sparse_categorical_crossentropy sparse_top_k_categorical_accuracy
    squared_hinge top_k_categorical_accuracy"""
_KERAS_OPTIMIZER_CLASSES = """
    Adadelta Adafactor Adagrad Adam AdamW Adamax Ftrl Lamb Lion LossScaleOptimizer MultiOptimizer
    Muon Nadam Optimizer RMSprop SGD ScheduleFreeAdamW"""

#: Keras namespace (second component) -> {last component: kind}. A name matches at any depth
#: (`keras.optimizers.legacy.Adam`, `keras.losses.losses.mean_squared_error` from `keras.src`).
KERAS_NAMESPACES: dict[str, dict[str, str]] = {
    "losses": {**dict.fromkeys(_names(_KERAS_LOSS_CLASSES), LOSS),
               **dict.fromkeys(_names(_KERAS_LOSS_FUNCTIONS), TENSOR)},
    "metrics": {**dict.fromkeys(_names(_KERAS_METRIC_CLASSES), METRIC),
                **dict.fromkeys(_names(_KERAS_METRIC_FUNCTIONS), TENSOR)},
    "optimizers": dict.fromkeys(_names(_KERAS_OPTIMIZER_CLASSES), OPTIMIZER),
    "models": {**dict.fromkeys(_names("""
                   Model Sequential Functional load_model clone_model model_from_json
                   model_from_config model_from_yaml"""), MODEL),
               "save_model": NONE},
    "saving": {"load_model": MODEL, "save_model": NONE, "save_weights": NONE, "load_weights": NONE},
    "backend": {
        **dict.fromkeys(_names("""
            abs all any arange argmax argmin batch_dot batch_flatten batch_normalization bias_add
            binary_crossentropy binary_focal_crossentropy cast categorical_crossentropy
            categorical_focal_crossentropy clip concatenate constant conv1d conv2d conv2d_transpose
            conv3d cos ctc_batch_cost ctc_label_dense_to_sparse cumprod cumsum depthwise_conv2d
            dot dropout elu equal exp expand_dims eye flatten foldl foldr gather greater
            greater_equal hard_sigmoid in_top_k l2_normalize less less_equal log map_fn max
            maximum mean min minimum moving_average_update not_equal one_hot ones ones_like
            permute_dimensions pool2d pool3d pow prod random_bernoulli random_normal
            random_uniform relu repeat repeat_elements reshape resize_images resize_volumes
            reverse round separable_conv2d shape sigmoid sign sin softmax softplus softsign
            sparse_categorical_crossentropy spatial_2d_padding spatial_3d_padding sqrt square
            squeeze stack std stop_gradient sum switch tanh temporal_padding tile to_dense
            transpose truncated_normal update update_add update_sub var zeros zeros_like"""),
            TENSOR),
        **dict.fromkeys(_names("variable random_normal_variable random_uniform_variable"), VARIABLE),
        **dict.fromkeys(_names("gradients rnn ctc_decode"), TENSOR_LIST),
        **dict.fromkeys(_names("get_value batch_get_value eval cast_to_floatx"), NUMPY),
        **dict.fromkeys(_names("floatx image_data_format backend dtype standardize_dtype result_type"),
                        STR),
        **dict.fromkeys(_names("is_keras_tensor is_sparse is_float_dtype is_int_dtype"), BOOL),
        **dict.fromkeys(_names("ndim count_params get_uid"), INT),
        "epsilon": FLOAT,
        "int_shape": SHAPE,
        **dict.fromkeys(_names("""
            clear_session set_epsilon set_floatx set_image_data_format set_value
            batch_set_value"""), NONE),
    },
    "utils": {
        **dict.fromkeys(_names("to_categorical normalize pad_sequences img_to_array"), NUMPY),
        **dict.fromkeys(_names("""
            image_dataset_from_directory text_dataset_from_directory timeseries_dataset_from_array
            audio_dataset_from_directory"""), DATASET),
        "set_random_seed": NONE, "clear_session": NONE, "is_keras_tensor": BOOL, "get_file": STR,
    },
    "preprocessing": {
        **dict.fromkeys(_names("""
            image_dataset_from_directory text_dataset_from_directory
            timeseries_dataset_from_array"""), DATASET),
        **dict.fromkeys(_names("pad_sequences img_to_array"), NUMPY),
    },
    "datasets": {"load_data": NUMPY},
    "mixed_precision": {"set_global_policy": NONE},
}

#: In `keras.layers`, classes are capitalized and are layers; these are the other names.
KERAS_LAYER_FUNCTIONS: dict[str, str | None] = {
    **dict.fromkeys(_names("add subtract multiply average maximum minimum concatenate dot"), TENSOR),
    "Input": TENSOR,
    "InputSpec": None,
    "serialize": None,
    "deserialize": None,
}

# -- NumPy ------------------------------------------------------------------------------------------

#: Name relative to `numpy` -> kind, for NumPy APIs that do not return arrays.
NUMPY_CALL_RESULTS: dict[str, str | None] = {
    **dict.fromkeys(_names("""
        random.seed random.shuffle random.set_state save savez savez_compressed savetxt copyto
        put place putmask fill_diagonal set_printoptions info"""), NONE),
    **dict.fromkeys(_names("random.default_rng random.RandomState random.Generator"),
                    NUMPY_GENERATOR),
    **dict.fromkeys(_names("""
        load random.get_state random.PCG64 random.MT19937 random.Philox random.SFC64
        random.SeedSequence random.BitGenerator finfo iinfo vectorize frompyfunc nditer ndindex
        ndenumerate einsum_path get_printoptions seterr geterr errstate printoptions"""), None),
    **dict.fromkeys(_names("ndim size"), INT),
    **dict.fromkeys(_names("shape broadcast_shapes"), SHAPE),
    **dict.fromkeys(_names("dtype result_type promote_types"), DTYPE),
    **dict.fromkeys(_names("""
        isscalar iscomplexobj isrealobj allclose array_equal array_equiv may_share_memory
        shares_memory issubdtype can_cast"""), BOOL),
    **dict.fromkeys(_names("""
        array2string array_repr array_str format_float_positional format_float_scientific
        base_repr binary_repr"""), STR),
}
#: Sub-namespaces of `numpy` whose functions are not array functions.
NUMPY_NAMESPACES: dict[str, str | None] = {"testing": NONE, "typing": None, "exceptions": None}

# -- Builtins ---------------------------------------------------------------------------------------

BUILTIN_RESULTS: dict[str, str] = {
    **dict.fromkeys(_names("len int ord hash id"), INT),
    "float": FLOAT,
    **dict.fromkeys(_names("str repr ascii format chr bin hex oct input"), STR),
    **dict.fromkeys(_names("bool isinstance issubclass hasattr callable any all"), BOOL),
    **dict.fromkeys(_names("print setattr delattr"), NONE),
}

#: Every explicitly listed API: canonical qualified name -> kind of its call's result.
CALL_RESULTS: dict[str, str] = {
    **_TF_TOP_LEVEL,
    **_TF_NAMESPACED,
    **_KERAS_TOP_LEVEL,
    **{"builtins." + name: kind for name, kind in BUILTIN_RESULTS.items()},
}

# -- Methods and attributes -------------------------------------------------------------------------

_DATASET_TO_DATASET = """
    map filter batch shuffle take skip repeat prefetch cache padded_batch unbatch zip concatenate
    interleave flat_map window enumerate apply with_options rebatch shard ragged_batch sparse_batch
    bucket_by_sequence_length group_by_window scan take_while unique snapshot rejection_resample
    ignore_errors choose_from_datasets sample_from_datasets"""

#: Receiver kind -> {method: kind of the call's result}.
METHOD_RESULTS: dict[str, dict[str, str | None]] = {
    TENSOR: {
        "numpy": NUMPY, "__array__": NUMPY, "eval": NUMPY, "get_shape": SHAPE, "set_shape": NONE,
        "__getitem__": TENSOR, "__iter__": ITERATOR, "__len__": INT, "__bool__": BOOL,
        "cpu": TENSOR, "gpu": TENSOR,
    },
    VARIABLE: {
        **dict.fromkeys(_names("""
            assign assign_add assign_sub read_value read_value_no_copy value sparse_read gather_nd
            initialized_value count_up_to batch_scatter_update scatter_add scatter_div scatter_max
            scatter_min scatter_mul scatter_sub scatter_update scatter_nd_add scatter_nd_max
            scatter_nd_min scatter_nd_sub scatter_nd_update"""), TENSOR),
        "load": NONE,
    },
    TENSOR_LIST: {"__getitem__": TENSOR, "__iter__": ITERATOR, "__len__": INT, "pop": TENSOR,
                  "copy": TENSOR_LIST, "index": INT, "count": INT},
    DATASET: {
        **dict.fromkeys(_names(_DATASET_TO_DATASET), DATASET),
        "as_numpy_iterator": NUMPY_ITERATOR, "__iter__": ITERATOR,
        "reduce": TENSOR, "cardinality": TENSOR, "get_single_element": TENSOR, "fingerprint": TENSOR,
        "save": NONE, "options": None,
    },
    ITERATOR: {"get_next": TENSOR, "__next__": TENSOR, "__iter__": ITERATOR},
    NUMPY_ITERATOR: {"__next__": NUMPY, "__iter__": NUMPY_ITERATOR},
    LAYER: {
        "__call__": TENSOR, "call": TENSOR, "build": NONE, "get_weights": NUMPY,
        "set_weights": NONE, "count_params": INT, "add_weight": VARIABLE, "add_variable": VARIABLE,
        "add_loss": NONE, "reset_states": NONE, "reset_state": NONE, "quantize": NONE,
        "build_from_config": NONE, "load_own_variables": NONE, "save_own_variables": NONE,
    },
    MODEL: {
        "predict": NUMPY, "predict_on_batch": NUMPY, "predict_step": TENSOR,
        # A Python float, or a list of floats when metrics are compiled: never a tensor.
        "evaluate": FLOAT, "train_on_batch": FLOAT, "test_on_batch": FLOAT,
        "fit": None, "compile": NONE, "summary": NONE, "save": NONE, "save_weights": NONE,
        "get_layer": LAYER, "reset_metrics": NONE, "compute_loss": TENSOR, "add": NONE,
        "pop": NONE, "to_json": STR, "export": NONE,
    },
    OPTIMIZER: {
        "apply_gradients": NONE, "minimize": NONE, "apply": NONE, "build": NONE,
        "variables": TENSOR_LIST, "set_weights": NONE, "scale_loss": TENSOR, "update_step": NONE,
        "assign": NONE, "assign_add": NONE, "assign_sub": NONE, "finalize_variable_values": NONE,
        "exclude_from_weight_decay": NONE, "add_variable": VARIABLE,
        "add_variable_from_reference": VARIABLE,
    },
    LOSS: {"__call__": TENSOR, "call": TENSOR},
    METRIC: {
        "__call__": TENSOR, "result": TENSOR, "update_state": NONE, "reset_state": NONE,
        "reset_states": NONE, "merge_state": NONE, "add_variable": VARIABLE, "add_weight": VARIABLE,
    },
    TAPE: {
        "gradient": TENSOR_LIST, "jacobian": TENSOR, "batch_jacobian": TENSOR, "watch": NONE,
        "watched_variables": TENSOR_LIST, "reset": NONE, "__enter__": TAPE,
    },
    GENERATOR: {
        **dict.fromkeys(_names("normal uniform truncated_normal binomial uniform_full_int make_seeds"),
                        TENSOR),
        **dict.fromkeys(_names("reset reset_from_seed reset_from_key_counter skip"), NONE),
        **dict.fromkeys(_names("from_seed from_state from_non_deterministic_state from_key_counter"),
                        GENERATOR),
    },
    TENSOR_ARRAY: {
        **dict.fromkeys(_names("write unstack scatter split identity grad"), TENSOR_ARRAY),
        **dict.fromkeys(_names("read gather stack concat size"), TENSOR),
        "close": NONE,
    },
    NUMPY: {
        **dict.fromkeys(_names("""
            reshape astype sum mean max min std var prod argmax argmin argsort transpose flatten
            ravel squeeze copy clip round cumsum cumprod dot take repeat all any view swapaxes conj
            conjugate diagonal trace nonzero ptp __array__ __getitem__"""), NUMPY),
        **dict.fromkeys(_names("fill sort resize"), NONE),
        "__len__": INT, "item": None, "tolist": None, "tobytes": None,
    },
    NUMPY_GENERATOR: {
        **dict.fromkeys(_names("""
            random normal uniform integers choice permutation standard_normal exponential poisson
            binomial beta gamma multivariate_normal rand randn randint random_sample"""), NUMPY),
        **dict.fromkeys(_names("shuffle seed"), NONE),
    },
    SHAPE: {
        "is_fully_defined": BOOL, "is_compatible_with": BOOL, "num_elements": INT, "__len__": INT,
        **dict.fromkeys(_names("""
            merge_with concatenate with_rank with_rank_at_least with_rank_at_most
            most_specific_compatible_shape"""), SHAPE),
        **dict.fromkeys(_names("""
            assert_has_rank assert_is_compatible_with assert_is_fully_defined
            assert_same_rank"""), NONE),
    },
    DTYPE: {"is_compatible_with": BOOL},
    SPEC: {"is_compatible_with": BOOL, "most_specific_compatible_type": SPEC},
    STR: {
        **dict.fromkeys(_names("""
            upper lower strip lstrip rstrip replace format join title capitalize casefold zfill
            center ljust rjust"""), STR),
        **dict.fromkeys(_names("startswith endswith isdigit isalpha isalnum isspace islower isupper"),
                        BOOL),
        **dict.fromkeys(_names("find rfind index rindex count"), INT),
    },
    INT: {"bit_length": INT},
    FLOAT: {"is_integer": BOOL, "hex": STR},
}

#: Receiver kind -> {attribute: kind of the value read}.
ATTRIBUTE_RESULTS: dict[str, dict[str, str | None]] = {
    # `T` exists once NumPy behaviour is enabled; without it the read fails anyway.
    TENSOR: {"shape": SHAPE, "dtype": DTYPE, "ndim": INT, "T": TENSOR, "name": STR, "device": STR},
    VARIABLE: {"trainable": BOOL, "initial_value": TENSOR, "handle": TENSOR},
    LAYER: {
        **dict.fromkeys(_names("""
            trainable_variables trainable_weights non_trainable_variables non_trainable_weights
            variables weights losses"""), TENSOR_LIST),
        **dict.fromkeys(_names("trainable built supports_masking stateful"), BOOL),
        **dict.fromkeys(_names("name dtype compute_dtype variable_dtype"), STR),
        **dict.fromkeys(_names("input output"), TENSOR),
        **dict.fromkeys(_names("""
            kernel bias embeddings gamma beta moving_mean moving_variance recurrent_kernel"""),
            VARIABLE),
    },
    MODEL: {
        "optimizer": OPTIMIZER, "inputs": TENSOR_LIST, "outputs": TENSOR_LIST,
        "metrics_variables": TENSOR_LIST, "stop_training": BOOL, "run_eagerly": BOOL,
        "jit_compile": BOOL,
    },
    OPTIMIZER: {"iterations": VARIABLE, "learning_rate": VARIABLE, "lr": VARIABLE,
                "variables": TENSOR_LIST, "name": STR},
    LOSS: {"name": STR, "reduction": STR},
    METRIC: {"variables": TENSOR_LIST, "name": STR, "dtype": STR},
    GENERATOR: {"state": VARIABLE, "key": TENSOR},
    TENSOR_ARRAY: {"dtype": DTYPE, "element_shape": SHAPE, "dynamic_size": BOOL, "flow": TENSOR,
                   "handle": TENSOR},
    DATASET: {"element_spec": SPEC},
    ITERATOR: {"element_spec": SPEC},
    SPEC: {"shape": SHAPE, "dtype": DTYPE, "name": STR},
    SHAPE: {"rank": INT, "ndims": INT},
    DTYPE: {
        "name": STR, "base_dtype": DTYPE, "real_dtype": DTYPE, "size": INT,
        **dict.fromkeys(_names("""
            is_floating is_integer is_complex is_bool is_unsigned is_quantized
            is_numpy_compatible"""), BOOL),
    },
    NUMPY: {"shape": SHAPE, "ndim": INT, "size": INT, "dtype": DTYPE, "T": NUMPY, "real": NUMPY,
            "imag": NUMPY, "nbytes": INT, "itemsize": INT},
}

#: A kind -> the kind it also is: a variable has the tensor methods, a model the layer ones.
PARENT_KINDS: dict[str, str] = {VARIABLE: TENSOR, MODEL: LAYER}

#: What iterating over (or indexing, or unpacking) a value of a kind yields. A dataset element
#: that is a tuple or dict unpacks into tensors too.
ELEMENT_RESULTS: dict[str, str] = {
    TENSOR: TENSOR, VARIABLE: TENSOR, TENSOR_LIST: TENSOR, DATASET: TENSOR, ITERATOR: TENSOR,
    NUMPY_ITERATOR: NUMPY, NUMPY: NUMPY, SHAPE: INT, STR: STR,
}

# -- Values and annotations -------------------------------------------------------------------------

_TF_DTYPES = """
    bfloat16 bool complex128 complex64 double float16 float32 float64 half int16 int32 int64 int8
    qint16 qint32 qint8 quint16 quint8 resource string uint16 uint32 uint64 uint8 variant"""

#: Names read without a call (`tf.float32`, `np.pi`), other than modules.
VALUE_RESULTS: dict[str, str] = {
    **_table("tensorflow", dtype=_TF_DTYPES, none="newaxis"),
    **_table("tensorflow.dtypes", dtype=_TF_DTYPES),
    **_table("tensorflow.data", int="AUTOTUNE INFINITE_CARDINALITY UNKNOWN_CARDINALITY"),
    **_table("tensorflow.data.experimental", int="AUTOTUNE INFINITE_CARDINALITY UNKNOWN_CARDINALITY"),
    **_table("tensorflow.experimental.numpy", float="e pi inf", none="newaxis"),
    **_table("numpy", float="pi e inf nan euler_gamma", none="newaxis"),
}

#: Type hints: `x: tf.Tensor` says the parameter receives a tensor.
ANNOTATION_RESULTS: dict[str, str] = {
    **_table("tensorflow",
             tensor="Tensor RaggedTensor SparseTensor TensorSpec IndexedSlices",
             variable="Variable", shape="TensorShape", dtype="DType", tape="GradientTape",
             tensor_array="TensorArray"),
    **_table("tensorflow.types.experimental", tensor="TensorLike"),
    **_table("tensorflow.experimental.numpy", tensor="ndarray"),
    **_table("tensorflow.data", dataset="Dataset"),
    **_table("tensorflow.random", generator="Generator"),
    **_table("keras", model="Model Sequential", layer="Layer", variable="Variable",
             optimizer="Optimizer", loss="Loss", metric="Metric", tensor="KerasTensor"),
    **_table("keras.models", model="Model Sequential"),
    **_table("keras.layers", layer="Layer"),
    **_table("keras.optimizers", optimizer="Optimizer"),
    **_table("keras.losses", loss="Loss"),
    **_table("keras.metrics", metric="Metric"),
    **_table("numpy", numpy="ndarray"),
    **_table("numpy.typing", numpy="NDArray ArrayLike"),
    **_table("builtins", int="int", float="float", str="str", bool="bool"),
}

# -- Higher-order APIs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Callback:
    """A function argument of a higher-order API and what its parameters receive.

    `receives` is the kind every parameter receives, a tuple of kinds for the leading parameters
    (`group_by_window`'s `reduce_func(key, window)`), or None when the function is called without
    arguments (`tf.cond` branches). `many` says the argument is a list or dict of functions.
    """
    position: int | None
    keyword: str
    receives: str | tuple[str | None, ...] | None = TENSOR
    many: bool = False

    def get_parameter_kind(self, index: int) -> str | None:
        if isinstance(self.receives, tuple):
            return self.receives[index] if index < len(self.receives) else None
        return self.receives


@dataclass(frozen=True)
class HigherOrderApi:
    """An API that calls functions passed to it.

    `traced`: True when TensorFlow always traces the callbacks into a graph (`Dataset.map`), False
    when they run as Python even inside a graph (`tf.py_function`), None when they follow the
    caller (`tf.cond` runs its branches eagerly when called eagerly). Positions of dataset methods
    count from the first argument after the dataset.
    """
    callbacks: tuple[Callback, ...]
    traced: bool | None = None

    def get_callback(self, position: int | None, keyword: str | None) -> Callback | None:
        """The callback an argument passes, by its position or keyword."""
        for callback in self.callbacks:
            if (keyword is not None and keyword == callback.keyword) or \
                    (keyword is None and position is not None and position == callback.position):
                return callback
        return None


def _api(*callbacks: Callback, traced: bool | None = None) -> HigherOrderApi:
    return HigherOrderApi(callbacks, traced)


def _dataset_api(*callbacks: Callback) -> HigherOrderApi:
    return HigherOrderApi(callbacks, traced=True)


HIGHER_ORDER_APIS: dict[str, HigherOrderApi] = {
    "tensorflow.py_function": _api(Callback(0, "func"), traced=False),
    "tensorflow.numpy_function": _api(Callback(0, "func", NUMPY), traced=False),
    "tensorflow.compat.v1.py_func": _api(Callback(0, "func", NUMPY), traced=False),
    "tensorflow.map_fn": _api(Callback(0, "fn")),
    "tensorflow.vectorized_map": _api(Callback(0, "fn"), traced=True),
    "tensorflow.while_loop": _api(Callback(0, "cond"), Callback(1, "body")),
    "tensorflow.cond": _api(Callback(1, "true_fn", None), Callback(2, "false_fn", None)),
    "tensorflow.case": _api(Callback(1, "default", None)),
    "tensorflow.switch_case": _api(Callback(1, "branch_fns", None, many=True),
                                   Callback(2, "default", None)),
    "tensorflow.scan": _api(Callback(0, "fn")),
    "tensorflow.foldl": _api(Callback(0, "fn")),
    "tensorflow.foldr": _api(Callback(0, "fn")),
    "keras.backend.map_fn": _api(Callback(0, "fn")),
    "keras.backend.foldl": _api(Callback(0, "fn")),
    "keras.backend.foldr": _api(Callback(0, "fn")),
    "keras.layers.Lambda": _api(Callback(0, "function")),
    "keras.ops.cond": _api(Callback(1, "true_fn", None), Callback(2, "false_fn", None)),
    "keras.ops.switch": _api(Callback(1, "branches", many=True)),
    "keras.ops.while_loop": _api(Callback(0, "cond"), Callback(1, "body")),
    "keras.ops.fori_loop": _api(Callback(2, "body_fun")),
    "keras.ops.scan": _api(Callback(0, "f")),
    "keras.ops.map": _api(Callback(0, "f")),
    "keras.ops.associative_scan": _api(Callback(0, "f")),
    "keras.ops.vectorized_map": _api(Callback(0, "function")),
    "tensorflow.data.Dataset.map": _dataset_api(Callback(0, "map_func")),
    "tensorflow.data.Dataset.filter": _dataset_api(Callback(0, "predicate")),
    "tensorflow.data.Dataset.flat_map": _dataset_api(Callback(0, "map_func")),
    "tensorflow.data.Dataset.interleave": _dataset_api(Callback(0, "map_func")),
    "tensorflow.data.Dataset.reduce": _dataset_api(Callback(1, "reduce_func")),
    "tensorflow.data.Dataset.scan": _dataset_api(Callback(1, "scan_func")),
    "tensorflow.data.Dataset.take_while": _dataset_api(Callback(0, "predicate")),
    "tensorflow.data.Dataset.group_by_window": _dataset_api(
        Callback(0, "key_func"), Callback(1, "reduce_func", (TENSOR, DATASET)),
        Callback(3, "window_size_func")),
    "tensorflow.data.Dataset.bucket_by_sequence_length": _dataset_api(
        Callback(0, "element_length_func")),
    "tensorflow.data.Dataset.rejection_resample": _dataset_api(Callback(0, "class_func")),
    "tensorflow.data.Dataset.apply": _api(Callback(0, "transformation_func", DATASET)),
    "tensorflow.data.Dataset.from_generator": _api(Callback(0, "generator", NUMPY), traced=False),
}

#: Receiver kind -> the qualified prefix of its higher-order methods in HIGHER_ORDER_APIS.
_METHOD_OWNERS: dict[str, str] = {DATASET: "tensorflow.data.Dataset", STRATEGY: "tensorflow.distribute.Strategy"}

#: tf.distribute strategies (constructors and accessors) and the function `run` calls on each replica.
CALL_RESULTS.update(dict.fromkeys(
    [f"tensorflow.distribute.{name}" for name in _names("""
        Strategy MirroredStrategy OneDeviceStrategy MultiWorkerMirroredStrategy TPUStrategy
        ParameterServerStrategy get_strategy""")]
    + [f"tensorflow.distribute.experimental.{name}" for name in _names(
        "MultiWorkerMirroredStrategy TPUStrategy CentralStorageStrategy ParameterServerStrategy")],
    STRATEGY))
HIGHER_ORDER_APIS["tensorflow.distribute.Strategy.run"] = _api(Callback(0, "fn"))

# -- Lookups ----------------------------------------------------------------------------------------


def _is_module_path(parts: list[str]) -> bool:
    """Intermediate components that look like modules, not classes (`Generator.normal` is a method)."""
    return all(part[:1].islower() or part[:1] == "_" for part in parts)


def _family_result(name: str) -> tuple[bool, str | None]:
    """(whether `name` lies in a tensor family, the kind its call returns)."""
    for namespace, exceptions in TENSOR_FAMILIES.items():
        if name.startswith(namespace + ".") and name not in KNOWN_MODULES:
            parts = name[len(namespace) + 1:].split(".")
            if not _is_module_path(parts[:-1]):
                return False, None
            leaf = parts[-1]
            if leaf in exceptions:
                return True, exceptions[leaf]
            return True, TENSOR
    return False, None


def _keras_result(name: str) -> str | None:
    parts = name.split(".")
    if len(parts) < 3 or not _is_module_path(parts[1:-1]):
        return None
    namespace, leaf = parts[1], parts[-1]
    if namespace == "layers":
        if leaf in KERAS_LAYER_FUNCTIONS:
            return KERAS_LAYER_FUNCTIONS[leaf]
        return LAYER if leaf[:1].isupper() else None
    if namespace == "applications":
        return MODEL if leaf[:1].isupper() else None
    if namespace == "optimizers" and "schedules" in parts:
        return None
    return KERAS_NAMESPACES.get(namespace, {}).get(leaf)


def _numpy_result(name: str) -> str | None:
    relative = name[len("numpy."):]
    parts = relative.split(".")
    if parts[0] in NUMPY_NAMESPACES:
        return NUMPY_NAMESPACES[parts[0]]
    if relative in NUMPY_CALL_RESULTS:
        return NUMPY_CALL_RESULTS[relative]
    if not _is_module_path(parts[:-1]):
        return None
    return NUMPY


def call_result(qualified_name: str) -> str | None:
    """The kind of value returned by calling the API `qualified_name`; None when unknown.

    `tensorflow.constant` -> tensor, `tensorflow.keras.layers.Dense` -> layer,
    `numpy.zeros` -> numpy, `builtins.len` -> int, `tensorflow.print` -> none,
    `tensorflow.function` -> None.
    """
    name = normalize(qualified_name)
    if name in CALL_RESULTS:
        return CALL_RESULTS[name]
    if name in KNOWN_MODULES:
        return None
    known, kind = get_generated().get_kind(name)
    if kind is not None:
        return kind
    head = name.split(".", 1)[0]
    if known and head != "keras":
        return None
    if not known:
        in_family, kind = _family_result(name)
        if in_family:
            return kind
    if head == "keras":
        return _keras_result(name)
    if head == "numpy":
        return _numpy_result(name)
    if name.startswith("tensorflow.data.Dataset."):
        return method_result(DATASET, name.rsplit(".", 1)[1])
    return None


def method_result(receiver_kind: str, method: str) -> str | None:
    """The kind returned by calling `method` on a value of `receiver_kind`; None when unknown."""
    kind: str | None = receiver_kind
    while kind is not None:
        methods = METHOD_RESULTS.get(kind, {})
        if method in methods:
            return methods[method]
        kind = PARENT_KINDS.get(kind)
    return None


def attribute_result(receiver_kind: str, attribute: str) -> str | None:
    """The kind of `value.attribute` for a value of `receiver_kind`; None when unknown."""
    kind: str | None = receiver_kind
    while kind is not None:
        attributes = ATTRIBUTE_RESULTS.get(kind, {})
        if attribute in attributes:
            return attributes[attribute]
        kind = PARENT_KINDS.get(kind)
    return None


def element_result(kind: str) -> str | None:
    """What iterating over, indexing or unpacking a value of `kind` yields; None when unknown."""
    return ELEMENT_RESULTS.get(kind)


def value_result(qualified_name: str) -> str | None:
    """The kind of a name read without a call: `tensorflow.float32` -> dtype,
    `tensorflow.keras.layers` -> module, `numpy.pi` -> float; None when unknown."""
    name = normalize(qualified_name)
    if name in KNOWN_MODULES:
        return MODULE
    return VALUE_RESULTS.get(name)


def annotation_result(qualified_name: str) -> str | None:
    """The kind a type hint names: `tensorflow.Tensor` -> tensor; None when unknown."""
    return ANNOTATION_RESULTS.get(normalize(qualified_name))


def is_tensor_like(kind: str | None) -> bool:
    return kind in TENSOR_LIKE


def is_tensor_api_family(qualified_name: str) -> bool:
    """Whether the name is a function of a namespace whose functions return tensors
    (`tensorflow.math.*`, `tensorflow.nn.*`, `keras.ops.*` ...) and returns tensors itself:
    `tensorflow.random.normal` is, `tensorflow.random.Generator` and `tensorflow.random.set_seed`
    are not."""
    name = normalize(qualified_name)
    in_family, kind = _family_result(name)
    known, generated = get_generated().get_kind(name)
    return in_family and (generated if known else kind) in TENSOR_LIKE


def is_numpy_api(qualified_name: str) -> bool:
    """Whether the name is a NumPy function or class (not a NumPy module)."""
    name = normalize(qualified_name)
    return name.startswith("numpy.") and name not in KNOWN_MODULES


def name_parameter(qualified_name: str) -> int | str | None:
    """Where a TensorFlow or Keras callable takes its op `name`: the positional index, "k" when it
    is keyword-only, None when it has none (or is not in the generated catalogue)."""
    generated = get_generated()
    name = normalize(qualified_name)
    primary = name if name in generated.kinds else generated.aliases.get(name)
    return generated.name_positions.get(primary) if primary else None


def method_owner(method: str) -> tuple[str, str] | None:
    """(class, kind) when `method` is a method name only a TensorFlow value class has
    (`row_lengths`: `tensorflow.RaggedTensor`, a tensor), from the generated catalogue."""
    return get_generated().method_owners.get(method)


def is_library_method_name(method: str) -> bool:
    """Whether a class of TensorFlow or Keras, or a Python builtin type, has a method `method`."""
    return method.startswith("__") or method in get_generated().method_names


def higher_order_api(qualified_name: str) -> HigherOrderApi | None:
    """The callbacks of a higher-order API called by name (`tensorflow.map_fn`)."""
    return HIGHER_ORDER_APIS.get(normalize(qualified_name))


def higher_order_method(receiver_kind: str, method: str) -> HigherOrderApi | None:
    """The callbacks of a higher-order method (`dataset.map`)."""
    owner = _METHOD_OWNERS.get(receiver_kind)
    return HIGHER_ORDER_APIS.get(f"{owner}.{method}") if owner else None
