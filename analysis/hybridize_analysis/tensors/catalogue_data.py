"""The API catalogue's data, generated from TensorFlow 2.21.0, Keras 3.15.1. Do not edit.

Regenerate with `python -m hybridize_analysis.tensors.generate_catalogue`. One line per exported object: its kind (`-` when the
generator's rules do not classify it; `@N` when parameter N is the op's `name`, `@k` when `name` is
keyword-only), its primary public name, and every other path that reaches
the same object (public aliases, `tensorflow.compat.v1` paths that hold another object than
`tensorflow.X`, internal `tensorflow.python...` and `keras.src...` paths). `catalogue.py` parses it
on first use.
"""

VERSIONS = {"tensorflow": "2.21.0", "keras": "3.15.1"}

ENTRIES = """
-@0 keras.DTypePolicy keras.dtype_policies.DTypePolicy keras.mixed_precision.DTypePolicy keras.mixed_precision.Policy keras.src.dtype_policies.DTypePolicy keras.src.dtype_policies.dtype_policy.DTypePolicy keras.src.dtype_policies.dtype_policy_map.DTypePolicy
-@0 keras.FloatDTypePolicy keras.dtype_policies.FloatDTypePolicy keras.src.dtype_policies.FloatDTypePolicy keras.src.dtype_policies.dtype_policy.FloatDTypePolicy
-@2 keras.Function keras.src.models.functional.Function keras.src.ops.function.Function
- keras.Initializer keras.initializers.Initializer keras.src.initializers.Initializer keras.src.initializers.constant_initializers.Initializer keras.src.initializers.initializer.Initializer keras.src.initializers.random_initializers.Initializer
-@7 keras.InputSpec keras.layers.InputSpec keras.src.layers.InputSpec keras.src.layers.activations.prelu.InputSpec keras.src.layers.convolutional.base_conv.InputSpec keras.src.layers.convolutional.base_conv_transpose.InputSpec keras.src.layers.convolutional.base_depthwise_conv.InputSpec keras.src.layers.convolutional.base_separable_conv.InputSpec keras.src.layers.core.dense.InputSpec keras.src.layers.core.einsum_dense.InputSpec keras.src.layers.input_spec.InputSpec keras.src.layers.normalization.batch_normalization.InputSpec keras.src.layers.normalization.group_normalization.InputSpec keras.src.layers.normalization.spectral_normalization.InputSpec keras.src.layers.pooling.base_global_pooling.InputSpec keras.src.layers.pooling.base_pooling.InputSpec keras.src.layers.regularization.spatial_dropout.InputSpec keras.src.layers.reshaping.cropping1d.InputSpec keras.src.layers.reshaping.cropping2d.InputSpec keras.src.layers.reshaping.cropping3d.InputSpec keras.src.layers.reshaping.flatten.InputSpec keras.src.layers.reshaping.permute.InputSpec keras.src.layers.reshaping.repeat_vector.InputSpec keras.src.layers.reshaping.up_sampling1d.InputSpec keras.src.layers.reshaping.up_sampling2d.InputSpec keras.src.layers.reshaping.up_sampling3d.InputSpec keras.src.layers.reshaping.zero_padding1d.InputSpec keras.src.layers.reshaping.zero_padding2d.InputSpec keras.src.layers.reshaping.zero_padding3d.InputSpec keras.src.layers.rnn.conv_lstm.InputSpec keras.src.layers.rnn.gru.InputSpec keras.src.layers.rnn.lstm.InputSpec keras.src.layers.rnn.simple_rnn.InputSpec keras.src.models.functional.InputSpec
tensor@5 keras.KerasTensor keras.src.backend.KerasTensor keras.src.backend.common.keras_tensor.KerasTensor keras.src.backend.tensorflow.core.KerasTensor keras.src.distribution.distribution_lib.KerasTensor keras.src.layers.attention.attention.KerasTensor keras.src.layers.core.embedding.KerasTensor keras.src.layers.core.identity.KerasTensor keras.src.layers.core.reversible_embedding.KerasTensor keras.src.layers.layer.KerasTensor keras.src.layers.merging.base_merge.KerasTensor keras.src.layers.preprocessing.category_encoding.KerasTensor keras.src.layers.reshaping.flatten.KerasTensor keras.src.layers.reshaping.permute.KerasTensor keras.src.layers.reshaping.reshape.KerasTensor keras.src.ops.KerasTensor keras.src.ops.core.KerasTensor keras.src.ops.einops.KerasTensor keras.src.ops.function.KerasTensor keras.src.ops.image.KerasTensor keras.src.ops.linalg.KerasTensor keras.src.ops.math.KerasTensor keras.src.ops.nn.KerasTensor keras.src.ops.node.KerasTensor keras.src.ops.numpy.KerasTensor keras.src.ops.operation.KerasTensor keras.src.ops.operation_utils.KerasTensor keras.src.ops.symbolic_arguments.KerasTensor keras.src.quantizers.quantizers.KerasTensor keras.src.trainers.compile_utils.KerasTensor
layer keras.Layer keras.layers.Layer keras.src.applications.convnext.Layer keras.src.applications.inception_resnet_v2.Layer keras.src.layers.Layer keras.src.layers.activations.activation.Layer keras.src.layers.activations.elu.Layer keras.src.layers.activations.leaky_relu.Layer keras.src.layers.activations.prelu.Layer keras.src.layers.activations.relu.Layer keras.src.layers.activations.softmax.Layer keras.src.layers.attention.attention.Layer keras.src.layers.attention.grouped_query_attention.Layer keras.src.layers.attention.multi_head_attention.Layer keras.src.layers.convolutional.base_conv.Layer keras.src.layers.convolutional.base_conv_transpose.Layer keras.src.layers.convolutional.base_depthwise_conv.Layer keras.src.layers.convolutional.base_separable_conv.Layer keras.src.layers.core.dense.Layer keras.src.layers.core.einsum_dense.Layer keras.src.layers.core.embedding.Layer keras.src.layers.core.identity.Layer keras.src.layers.core.input_layer.Layer keras.src.layers.core.lambda_layer.Layer keras.src.layers.core.masking.Layer keras.src.layers.core.wrapper.Layer keras.src.layers.layer.Layer keras.src.layers.merging.base_merge.Layer keras.src.layers.normalization.batch_normalization.Layer keras.src.layers.normalization.group_normalization.Layer keras.src.layers.normalization.layer_normalization.Layer keras.src.layers.normalization.rms_normalization.Layer keras.src.layers.normalization.unit_normalization.Layer keras.src.layers.pooling.base_adaptive_pooling.Layer keras.src.layers.pooling.base_global_pooling.Layer keras.src.layers.pooling.base_pooling.Layer keras.src.layers.preprocessing.data_layer.Layer keras.src.layers.preprocessing.feature_space.Layer keras.src.layers.preprocessing.hashed_crossing.Layer keras.src.layers.preprocessing.hashing.Layer keras.src.layers.preprocessing.index_lookup.Layer keras.src.layers.preprocessing.pipeline.Layer keras.src.layers.preprocessing.text_vectorization.Layer keras.src.layers.regularization.activity_regularization.Layer keras.src.layers.regularization.alpha_dropout.Layer keras.src.layers.regularization.dropout.Layer keras.src.layers.reshaping.cropping1d.Layer keras.src.layers.reshaping.cropping2d.Layer keras.src.layers.reshaping.cropping3d.Layer keras.src.layers.reshaping.flatten.Layer keras.src.layers.reshaping.permute.Layer keras.src.layers.reshaping.repeat_vector.Layer keras.src.layers.reshaping.reshape.Layer keras.src.layers.reshaping.up_sampling1d.Layer keras.src.layers.reshaping.up_sampling2d.Layer keras.src.layers.reshaping.up_sampling3d.Layer keras.src.layers.reshaping.zero_padding1d.Layer keras.src.layers.reshaping.zero_padding2d.Layer keras.src.layers.reshaping.zero_padding3d.Layer keras.src.layers.rnn.bidirectional.Layer keras.src.layers.rnn.conv_lstm.Layer keras.src.layers.rnn.gru.Layer keras.src.layers.rnn.lstm.Layer keras.src.layers.rnn.rnn.Layer keras.src.layers.rnn.simple_rnn.Layer keras.src.layers.rnn.stacked_rnn_cells.Layer keras.src.layers.rnn.time_distributed.Layer keras.src.legacy.layers.Layer keras.src.models.functional.Layer keras.src.models.model.Layer keras.src.models.sequential.Layer keras.src.models.variable_mapping.Layer keras.src.utils.jax_layer.Layer keras.src.utils.torch_utils.Layer
loss@0 keras.Loss keras.losses.Loss keras.src.losses.Loss keras.src.losses.loss.Loss keras.src.losses.losses.Loss
loss keras.Loss.from_config
metric@1 keras.Metric keras.metrics.Metric keras.src.layers.layer.Metric keras.src.metrics.Metric keras.src.metrics.confusion_metrics.Metric keras.src.metrics.f_score_metrics.Metric keras.src.metrics.iou_metrics.Metric keras.src.metrics.metric.Metric keras.src.metrics.reduction_metrics.Metric keras.src.models.variable_mapping.Metric
metric keras.Metric.from_config
model keras.Model keras.models.Model keras.src.distillation.distiller.Model keras.src.models.Model keras.src.models.functional.Model keras.src.models.model.Model keras.src.models.sequential.Model keras.src.wrappers.sklearn_wrapper.Model
model keras.Model.from_config
- keras.Operation keras.src.layers.layer.Operation keras.src.models.functional.Operation keras.src.ops.Operation keras.src.ops.core.Operation keras.src.ops.einops.Operation keras.src.ops.function.Operation keras.src.ops.image.Operation keras.src.ops.linalg.Operation keras.src.ops.math.Operation keras.src.ops.nn.Operation keras.src.ops.numpy.Operation keras.src.ops.operation.Operation keras.src.quantizers.quantizers.Operation
optimizer keras.Optimizer keras.optimizers.Optimizer keras.src.callbacks.tensorboard.Optimizer keras.src.models.variable_mapping.Optimizer keras.src.optimizers.Optimizer keras.src.optimizers.multi_optimizer.Optimizer keras.src.optimizers.optimizer.Optimizer
- keras.Quantizer keras.quantizers.Quantizer keras.src.quantizers.Quantizer keras.src.quantizers.quantizers.Quantizer
- keras.Regularizer keras.regularizers.Regularizer keras.src.regularizers.Regularizer keras.src.regularizers.regularizers.Regularizer
- keras.RematScope keras.src.backend.common.remat.RematScope
model keras.Sequential keras.models.Sequential keras.src.applications.convnext.Sequential keras.src.models.Sequential keras.src.models.cloning.Sequential keras.src.models.sequential.Sequential
model keras.Sequential.from_config
- keras.StatelessScope keras.src.backend.StatelessScope keras.src.backend.common.stateless_scope.StatelessScope keras.src.backend.tensorflow.core.StatelessScope
- keras.SymbolicScope keras.src.backend.SymbolicScope keras.src.backend.common.symbolic_scope.SymbolicScope keras.src.backend.tensorflow.core.SymbolicScope
variable@7 keras.Variable keras.src.backend.Variable
tensor keras.activations.celu keras.src.activations.activations.celu keras.src.activations.celu
- keras.activations.deserialize keras.src.activations.deserialize
tensor keras.activations.elu keras.src.activations.activations.elu keras.src.activations.elu
tensor keras.activations.exponential keras.src.activations.activations.exponential keras.src.activations.exponential
tensor keras.activations.gelu keras.src.activations.activations.gelu keras.src.activations.gelu
- keras.activations.get keras.src.activations.get
tensor keras.activations.glu keras.src.activations.activations.glu keras.src.activations.glu
tensor keras.activations.hard_shrink keras.src.activations.activations.hard_shrink keras.src.activations.hard_shrink
tensor keras.activations.hard_sigmoid keras.src.activations.activations.hard_sigmoid keras.src.activations.hard_sigmoid
tensor keras.activations.hard_silu keras.activations.hard_swish keras.src.activations.activations.hard_silu keras.src.activations.hard_silu
tensor keras.activations.hard_tanh keras.src.activations.activations.hard_tanh keras.src.activations.hard_tanh
tensor keras.activations.leaky_relu keras.src.activations.activations.leaky_relu keras.src.activations.leaky_relu
tensor keras.activations.linear keras.src.activations.activations.linear keras.src.activations.linear
tensor keras.activations.log_sigmoid keras.src.activations.activations.log_sigmoid keras.src.activations.log_sigmoid
tensor keras.activations.log_softmax keras.src.activations.activations.log_softmax keras.src.activations.log_softmax
tensor keras.activations.mish keras.src.activations.activations.mish keras.src.activations.mish
tensor keras.activations.relu keras.src.activations.activations.relu keras.src.activations.relu
tensor keras.activations.relu6 keras.src.activations.activations.relu6 keras.src.activations.relu6
tensor keras.activations.selu keras.src.activations.activations.selu keras.src.activations.selu
- keras.activations.serialize keras.src.activations.serialize
tensor keras.activations.sigmoid keras.src.activations.activations.sigmoid keras.src.activations.sigmoid
tensor keras.activations.silu keras.activations.swish keras.src.activations.activations.silu keras.src.activations.silu
tensor keras.activations.soft_shrink keras.src.activations.activations.soft_shrink keras.src.activations.soft_shrink
tensor keras.activations.softmax keras.src.activations.activations.softmax keras.src.activations.softmax
tensor keras.activations.softplus keras.src.activations.activations.softplus keras.src.activations.softplus
tensor keras.activations.softsign keras.src.activations.activations.softsign keras.src.activations.softsign
tensor keras.activations.sparse_plus keras.src.activations.activations.sparse_plus keras.src.activations.sparse_plus
tensor keras.activations.sparse_sigmoid keras.src.activations.activations.sparse_sigmoid keras.src.activations.sparse_sigmoid
tensor keras.activations.sparsemax keras.src.activations.activations.sparsemax keras.src.activations.sparsemax
tensor keras.activations.squareplus keras.src.activations.activations.squareplus keras.src.activations.squareplus
tensor keras.activations.tanh keras.src.activations.activations.tanh keras.src.activations.tanh
tensor keras.activations.tanh_shrink keras.src.activations.activations.tanh_shrink keras.src.activations.tanh_shrink
tensor keras.activations.threshold keras.src.activations.activations.threshold keras.src.activations.threshold
-@11 keras.applications.MobileNetV3Large keras.src.applications.mobilenet_v3.MobileNetV3Large
-@11 keras.applications.MobileNetV3Small keras.src.applications.mobilenet_v3.MobileNetV3Small
-@7 keras.applications.ResNet101V2 keras.applications.resnet_v2.ResNet101V2 keras.src.applications.resnet_v2.ResNet101V2
-@7 keras.applications.ResNet152V2 keras.applications.resnet_v2.ResNet152V2 keras.src.applications.resnet_v2.ResNet152V2
-@7 keras.applications.ResNet50V2 keras.applications.resnet_v2.ResNet50V2 keras.src.applications.resnet_v2.ResNet50V2
-@8 keras.applications.convnext.ConvNeXtBase keras.applications.ConvNeXtBase keras.src.applications.convnext.ConvNeXtBase
-@8 keras.applications.convnext.ConvNeXtLarge keras.applications.ConvNeXtLarge keras.src.applications.convnext.ConvNeXtLarge
-@8 keras.applications.convnext.ConvNeXtSmall keras.applications.ConvNeXtSmall keras.src.applications.convnext.ConvNeXtSmall
-@8 keras.applications.convnext.ConvNeXtTiny keras.applications.ConvNeXtTiny keras.src.applications.convnext.ConvNeXtTiny
-@8 keras.applications.convnext.ConvNeXtXLarge keras.applications.ConvNeXtXLarge keras.src.applications.convnext.ConvNeXtXLarge
- keras.applications.convnext.decode_predictions keras.src.applications.convnext.decode_predictions
- keras.applications.convnext.preprocess_input keras.src.applications.convnext.preprocess_input
-@7 keras.applications.densenet.DenseNet121 keras.applications.DenseNet121 keras.src.applications.densenet.DenseNet121
-@7 keras.applications.densenet.DenseNet169 keras.applications.DenseNet169 keras.src.applications.densenet.DenseNet169
-@7 keras.applications.densenet.DenseNet201 keras.applications.DenseNet201 keras.src.applications.densenet.DenseNet201
- keras.applications.densenet.decode_predictions keras.src.applications.densenet.decode_predictions
- keras.applications.densenet.preprocess_input keras.src.applications.densenet.preprocess_input
-@7 keras.applications.efficientnet.EfficientNetB0 keras.applications.EfficientNetB0 keras.src.applications.efficientnet.EfficientNetB0
-@7 keras.applications.efficientnet.EfficientNetB1 keras.applications.EfficientNetB1 keras.src.applications.efficientnet.EfficientNetB1
-@7 keras.applications.efficientnet.EfficientNetB2 keras.applications.EfficientNetB2 keras.src.applications.efficientnet.EfficientNetB2
-@7 keras.applications.efficientnet.EfficientNetB3 keras.applications.EfficientNetB3 keras.src.applications.efficientnet.EfficientNetB3
-@7 keras.applications.efficientnet.EfficientNetB4 keras.applications.EfficientNetB4 keras.src.applications.efficientnet.EfficientNetB4
-@7 keras.applications.efficientnet.EfficientNetB5 keras.applications.EfficientNetB5 keras.src.applications.efficientnet.EfficientNetB5
-@7 keras.applications.efficientnet.EfficientNetB6 keras.applications.EfficientNetB6 keras.src.applications.efficientnet.EfficientNetB6
-@7 keras.applications.efficientnet.EfficientNetB7 keras.applications.EfficientNetB7 keras.src.applications.efficientnet.EfficientNetB7
- keras.applications.efficientnet.decode_predictions keras.src.applications.efficientnet.decode_predictions
- keras.applications.efficientnet.preprocess_input keras.src.applications.efficientnet.preprocess_input
-@8 keras.applications.efficientnet_v2.EfficientNetV2B0 keras.applications.EfficientNetV2B0 keras.src.applications.efficientnet_v2.EfficientNetV2B0
-@8 keras.applications.efficientnet_v2.EfficientNetV2B1 keras.applications.EfficientNetV2B1 keras.src.applications.efficientnet_v2.EfficientNetV2B1
-@8 keras.applications.efficientnet_v2.EfficientNetV2B2 keras.applications.EfficientNetV2B2 keras.src.applications.efficientnet_v2.EfficientNetV2B2
-@8 keras.applications.efficientnet_v2.EfficientNetV2B3 keras.applications.EfficientNetV2B3 keras.src.applications.efficientnet_v2.EfficientNetV2B3
-@8 keras.applications.efficientnet_v2.EfficientNetV2L keras.applications.EfficientNetV2L keras.src.applications.efficientnet_v2.EfficientNetV2L
-@8 keras.applications.efficientnet_v2.EfficientNetV2M keras.applications.EfficientNetV2M keras.src.applications.efficientnet_v2.EfficientNetV2M
-@8 keras.applications.efficientnet_v2.EfficientNetV2S keras.applications.EfficientNetV2S keras.src.applications.efficientnet_v2.EfficientNetV2S
- keras.applications.efficientnet_v2.decode_predictions keras.src.applications.efficientnet_v2.decode_predictions
- keras.applications.efficientnet_v2.preprocess_input keras.src.applications.efficientnet_v2.preprocess_input
- keras.applications.imagenet_utils.decode_predictions keras.src.applications.imagenet_utils.decode_predictions
- keras.applications.imagenet_utils.preprocess_input keras.src.applications.imagenet_utils.preprocess_input
-@7 keras.applications.inception_resnet_v2.InceptionResNetV2 keras.applications.InceptionResNetV2 keras.src.applications.inception_resnet_v2.InceptionResNetV2
- keras.applications.inception_resnet_v2.decode_predictions keras.src.applications.inception_resnet_v2.decode_predictions
- keras.applications.inception_resnet_v2.preprocess_input keras.src.applications.inception_resnet_v2.preprocess_input
-@7 keras.applications.inception_v3.InceptionV3 keras.applications.InceptionV3 keras.src.applications.inception_v3.InceptionV3
- keras.applications.inception_v3.decode_predictions keras.src.applications.inception_v3.decode_predictions
- keras.applications.inception_v3.preprocess_input keras.src.applications.inception_v3.preprocess_input
-@10 keras.applications.mobilenet.MobileNet keras.applications.MobileNet keras.src.applications.mobilenet.MobileNet
- keras.applications.mobilenet.decode_predictions keras.src.applications.mobilenet.decode_predictions
- keras.applications.mobilenet.preprocess_input keras.src.applications.mobilenet.preprocess_input
-@8 keras.applications.mobilenet_v2.MobileNetV2 keras.applications.MobileNetV2 keras.src.applications.mobilenet_v2.MobileNetV2
- keras.applications.mobilenet_v2.decode_predictions keras.src.applications.mobilenet_v2.decode_predictions
- keras.applications.mobilenet_v2.preprocess_input keras.src.applications.mobilenet_v2.preprocess_input
- keras.applications.mobilenet_v3.decode_predictions keras.src.applications.mobilenet_v3.decode_predictions
- keras.applications.mobilenet_v3.preprocess_input keras.src.applications.mobilenet_v3.preprocess_input
-@7 keras.applications.nasnet.NASNetLarge keras.applications.NASNetLarge keras.src.applications.nasnet.NASNetLarge
-@7 keras.applications.nasnet.NASNetMobile keras.applications.NASNetMobile keras.src.applications.nasnet.NASNetMobile
- keras.applications.nasnet.decode_predictions keras.src.applications.nasnet.decode_predictions
- keras.applications.nasnet.preprocess_input keras.src.applications.nasnet.preprocess_input
-@7 keras.applications.resnet.ResNet101 keras.applications.ResNet101 keras.src.applications.resnet.ResNet101
-@7 keras.applications.resnet.ResNet152 keras.applications.ResNet152 keras.src.applications.resnet.ResNet152
-@7 keras.applications.resnet50.ResNet50 keras.applications.ResNet50 keras.applications.resnet.ResNet50 keras.src.applications.resnet.ResNet50
- keras.applications.resnet50.decode_predictions keras.applications.resnet.decode_predictions keras.src.applications.resnet.decode_predictions
- keras.applications.resnet50.preprocess_input keras.applications.resnet.preprocess_input keras.src.applications.resnet.preprocess_input
- keras.applications.resnet_v2.decode_predictions keras.src.applications.resnet_v2.decode_predictions
- keras.applications.resnet_v2.preprocess_input keras.src.applications.resnet_v2.preprocess_input
-@7 keras.applications.vgg16.VGG16 keras.applications.VGG16 keras.src.applications.vgg16.VGG16
- keras.applications.vgg16.decode_predictions keras.src.applications.vgg16.decode_predictions
- keras.applications.vgg16.preprocess_input keras.src.applications.vgg16.preprocess_input
-@7 keras.applications.vgg19.VGG19 keras.applications.VGG19 keras.src.applications.vgg19.VGG19
- keras.applications.vgg19.decode_predictions keras.src.applications.vgg19.decode_predictions
- keras.applications.vgg19.preprocess_input keras.src.applications.vgg19.preprocess_input
-@7 keras.applications.xception.Xception keras.applications.Xception keras.src.applications.xception.Xception
- keras.applications.xception.decode_predictions keras.src.applications.xception.decode_predictions
- keras.applications.xception.preprocess_input keras.src.applications.xception.preprocess_input
- keras.backend.get_uid keras.src.utils.naming.get_uid
- keras.backend.is_float_dtype keras.src.backend.common.is_float_dtype keras.src.backend.common.variables.is_float_dtype keras.src.backend.is_float_dtype keras.src.utils.jax_layer.is_float_dtype
- keras.backend.is_int_dtype keras.src.backend.common.is_int_dtype keras.src.backend.common.variables.is_int_dtype keras.src.backend.is_int_dtype keras.src.backend.tensorflow.core.is_int_dtype
- keras.backend.result_type keras.src.backend.common.dtypes.result_type keras.src.backend.common.result_type keras.src.backend.result_type keras.src.ops.math.result_type keras.src.ops.result_type
- keras.callbacks.BackupAndRestore keras.src.callbacks.BackupAndRestore keras.src.callbacks.backup_and_restore.BackupAndRestore
- keras.callbacks.CSVLogger keras.src.callbacks.CSVLogger keras.src.callbacks.csv_logger.CSVLogger
- keras.callbacks.Callback keras.src.callbacks.Callback keras.src.callbacks.backup_and_restore.Callback keras.src.callbacks.callback.Callback keras.src.callbacks.callback_list.Callback keras.src.callbacks.csv_logger.Callback keras.src.callbacks.history.Callback keras.src.callbacks.lambda_callback.Callback keras.src.callbacks.learning_rate_scheduler.Callback keras.src.callbacks.monitor_callback.Callback keras.src.callbacks.progbar_logger.Callback keras.src.callbacks.remote_monitor.Callback keras.src.callbacks.swap_ema_weights.Callback keras.src.callbacks.tensorboard.Callback keras.src.callbacks.terminate_on_nan.Callback
- keras.callbacks.CallbackList keras.src.callbacks.CallbackList keras.src.callbacks.callback_list.CallbackList
- keras.callbacks.EarlyStopping keras.src.callbacks.EarlyStopping keras.src.callbacks.early_stopping.EarlyStopping
- keras.callbacks.History keras.src.callbacks.History keras.src.callbacks.callback_list.History keras.src.callbacks.history.History
- keras.callbacks.LambdaCallback keras.src.callbacks.LambdaCallback keras.src.callbacks.lambda_callback.LambdaCallback
- keras.callbacks.LearningRateScheduler keras.src.callbacks.LearningRateScheduler keras.src.callbacks.learning_rate_scheduler.LearningRateScheduler
- keras.callbacks.ModelCheckpoint keras.src.callbacks.ModelCheckpoint keras.src.callbacks.model_checkpoint.ModelCheckpoint
- keras.callbacks.OrbaxCheckpoint keras.src.callbacks.OrbaxCheckpoint keras.src.callbacks.orbax_checkpoint.OrbaxCheckpoint
- keras.callbacks.ProgbarLogger keras.src.callbacks.ProgbarLogger keras.src.callbacks.callback_list.ProgbarLogger keras.src.callbacks.progbar_logger.ProgbarLogger
- keras.callbacks.ReduceLROnPlateau keras.src.callbacks.ReduceLROnPlateau keras.src.callbacks.reduce_lr_on_plateau.ReduceLROnPlateau
- keras.callbacks.RemoteMonitor keras.src.callbacks.RemoteMonitor keras.src.callbacks.remote_monitor.RemoteMonitor
- keras.callbacks.SwapEMAWeights keras.src.callbacks.SwapEMAWeights keras.src.callbacks.swap_ema_weights.SwapEMAWeights
- keras.callbacks.TensorBoard keras.src.callbacks.TensorBoard keras.src.callbacks.tensorboard.TensorBoard
- keras.callbacks.TerminateOnNaN keras.src.callbacks.TerminateOnNaN keras.src.callbacks.terminate_on_nan.TerminateOnNaN
- keras.config.backend keras.backend.backend keras.src.backend.backend keras.src.backend.config.backend keras.src.ops.function.backend keras.src.tree.optree_impl.backend keras.src.tree.tree_api.backend
- keras.config.disable_flash_attention keras.src.backend.config.disable_flash_attention
- keras.config.disable_interactive_logging keras.src.utils.disable_interactive_logging keras.src.utils.io_utils.disable_interactive_logging keras.utils.disable_interactive_logging
- keras.config.disable_traceback_filtering keras.src.utils.traceback_utils.disable_traceback_filtering
- keras.config.dtype_policy keras.mixed_precision.dtype_policy keras.mixed_precision.global_policy keras.src.dtype_policies.dtype_policy.dtype_policy
- keras.config.enable_flash_attention keras.src.backend.config.enable_flash_attention
- keras.config.enable_interactive_logging keras.src.utils.enable_interactive_logging keras.src.utils.io_utils.enable_interactive_logging keras.utils.enable_interactive_logging
- keras.config.enable_traceback_filtering keras.src.utils.traceback_utils.enable_traceback_filtering
- keras.config.enable_unsafe_deserialization keras.src.saving.serialization_lib.enable_unsafe_deserialization
- keras.config.epsilon keras.backend.epsilon keras.src.backend.config.epsilon keras.src.backend.epsilon keras.src.layers.preprocessing.image_preprocessing.random_saturation.epsilon
- keras.config.floatx keras.backend.floatx keras.src.backend.config.floatx keras.src.backend.floatx keras.src.backend.tensorflow.random.floatx
- keras.config.image_data_format keras.backend.image_data_format keras.src.backend.config.image_data_format keras.src.backend.image_data_format
- keras.config.is_flash_attention_enabled keras.src.backend.config.is_flash_attention_enabled keras.src.layers.attention.grouped_query_attention.is_flash_attention_enabled keras.src.layers.attention.multi_head_attention.is_flash_attention_enabled
- keras.config.is_interactive_logging_enabled keras.src.utils.io_utils.is_interactive_logging_enabled keras.src.utils.is_interactive_logging_enabled keras.utils.is_interactive_logging_enabled
- keras.config.is_nnx_enabled keras.src.backend.config.is_nnx_enabled keras.src.layers.layer.is_nnx_enabled keras.src.ops.function.is_nnx_enabled keras.src.ops.operation.is_nnx_enabled
- keras.config.is_traceback_filtering_enabled keras.src.utils.traceback_utils.is_traceback_filtering_enabled
- keras.config.max_epochs keras.src.backend.config.max_epochs
- keras.config.max_steps_per_epoch keras.src.backend.config.max_steps_per_epoch
- keras.config.set_backend keras.src.utils.backend_utils.set_backend
- keras.config.set_dtype_policy keras.mixed_precision.set_dtype_policy keras.mixed_precision.set_global_policy keras.src.dtype_policies.dtype_policy.set_dtype_policy
- keras.config.set_epsilon keras.backend.set_epsilon keras.src.backend.config.set_epsilon keras.src.backend.set_epsilon
- keras.config.set_floatx keras.backend.set_floatx keras.src.backend.config.set_floatx keras.src.backend.set_floatx
- keras.config.set_image_data_format keras.backend.set_image_data_format keras.src.backend.config.set_image_data_format keras.src.backend.set_image_data_format
- keras.config.set_max_epochs keras.src.backend.config.set_max_epochs
- keras.config.set_max_steps_per_epoch keras.src.backend.config.set_max_steps_per_epoch
- keras.constraints.Constraint keras.src.constraints.Constraint keras.src.constraints.constraints.Constraint
- keras.constraints.MaxNorm keras.constraints.max_norm keras.src.constraints.MaxNorm keras.src.constraints.constraints.MaxNorm
- keras.constraints.MinMaxNorm keras.constraints.min_max_norm keras.src.constraints.MinMaxNorm keras.src.constraints.constraints.MinMaxNorm
- keras.constraints.NonNeg keras.constraints.non_neg keras.src.constraints.NonNeg keras.src.constraints.constraints.NonNeg
- keras.constraints.UnitNorm keras.constraints.unit_norm keras.src.constraints.UnitNorm keras.src.constraints.constraints.UnitNorm
- keras.constraints.deserialize keras.src.constraints.deserialize
- keras.constraints.get keras.src.constraints.get
- keras.constraints.serialize keras.src.constraints.serialize
- keras.datasets.boston_housing.load_data keras.src.datasets.boston_housing.load_data
- keras.datasets.california_housing.load_data keras.src.datasets.california_housing.load_data
- keras.datasets.cifar10.load_data keras.src.datasets.cifar10.load_data
- keras.datasets.cifar100.load_data keras.src.datasets.cifar100.load_data
- keras.datasets.fashion_mnist.load_data keras.src.datasets.fashion_mnist.load_data
- keras.datasets.imdb.get_word_index keras.src.datasets.imdb.get_word_index
- keras.datasets.imdb.load_data keras.src.datasets.imdb.load_data
- keras.datasets.mnist.load_data keras.src.datasets.mnist.load_data
- keras.datasets.reuters.get_label_names keras.src.datasets.reuters.get_label_names
- keras.datasets.reuters.get_word_index keras.src.datasets.reuters.get_word_index
- keras.datasets.reuters.load_data keras.src.datasets.reuters.load_data
- keras.device keras.src.backend.device
- keras.distillation.DistillationLoss keras.src.distillation.distillation_loss.DistillationLoss
model@5 keras.distillation.Distiller keras.src.distillation.distiller.Distiller
model keras.distillation.Distiller.from_config
- keras.distillation.FeatureDistillation keras.src.distillation.distillation_loss.FeatureDistillation
- keras.distillation.LogitsDistillation keras.src.distillation.distillation_loss.LogitsDistillation
- keras.distribution.DataParallel keras.src.distribution.DataParallel keras.src.distribution.distribution_lib.DataParallel
- keras.distribution.DeviceMesh keras.src.distribution.DeviceMesh keras.src.distribution.distribution_lib.DeviceMesh
- keras.distribution.LayoutMap keras.src.distribution.LayoutMap keras.src.distribution.distribution_lib.LayoutMap
- keras.distribution.ModelParallel keras.src.distribution.ModelParallel keras.src.distribution.distribution_lib.ModelParallel
- keras.distribution.TensorLayout keras.src.distribution.TensorLayout keras.src.distribution.distribution_lib.TensorLayout
- keras.distribution.distribute_tensor keras.src.distribution.distribute_tensor keras.src.distribution.distribution_lib.distribute_tensor
- keras.distribution.distribution keras.src.distribution.distribution keras.src.distribution.distribution_lib.distribution keras.src.saving.orbax_util.get_distribution
- keras.distribution.get_device_count keras.src.distribution.distribution_lib.get_device_count keras.src.distribution.get_device_count
- keras.distribution.initialize keras.src.distribution.distribution_lib.initialize keras.src.distribution.initialize
- keras.distribution.list_devices keras.src.distribution.distribution_lib.list_devices keras.src.distribution.list_devices
- keras.distribution.set_distribution keras.src.distribution.distribution_lib.set_distribution keras.src.distribution.set_distribution
- keras.dtype_policies.AWQDTypePolicy keras.src.dtype_policies.AWQDTypePolicy keras.src.dtype_policies.dtype_policy.AWQDTypePolicy keras.src.quantizers.awq_core.AWQDTypePolicy
- keras.dtype_policies.DTypePolicyMap keras.src.dtype_policies.DTypePolicyMap keras.src.dtype_policies.dtype_policy_map.DTypePolicyMap keras.src.layers.layer.DTypePolicyMap keras.src.quantizers.awq_core.DTypePolicyMap keras.src.quantizers.gptq_core.DTypePolicyMap
- keras.dtype_policies.GPTQDTypePolicy keras.src.dtype_policies.GPTQDTypePolicy keras.src.dtype_policies.dtype_policy.GPTQDTypePolicy keras.src.quantizers.gptq_core.GPTQDTypePolicy
- keras.dtype_policies.Int4DTypePolicy keras.src.dtype_policies.Int4DTypePolicy keras.src.dtype_policies.dtype_policy.Int4DTypePolicy
- keras.dtype_policies.QuantizedDTypePolicy keras.src.dtype_policies.QuantizedDTypePolicy keras.src.dtype_policies.dtype_policy.QuantizedDTypePolicy
- keras.dtype_policies.QuantizedFloat8DTypePolicy keras.src.dtype_policies.QuantizedFloat8DTypePolicy keras.src.dtype_policies.dtype_policy.QuantizedFloat8DTypePolicy
- keras.dtype_policies.deserialize keras.src.dtype_policies.deserialize
- keras.dtype_policies.get keras.src.dtype_policies.get
- keras.dtype_policies.serialize keras.src.dtype_policies.serialize
- keras.export.ExportArchive keras.src.export.ExportArchive keras.src.export.onnx.ExportArchive keras.src.export.openvino.ExportArchive keras.src.export.saved_model.ExportArchive
- keras.initializers.Constant keras.initializers.constant keras.src.initializers.Constant keras.src.initializers.constant_initializers.Constant
- keras.initializers.GlorotNormal keras.initializers.glorot_normal keras.src.initializers.GlorotNormal keras.src.initializers.random_initializers.GlorotNormal
- keras.initializers.GlorotUniform keras.initializers.glorot_uniform keras.src.initializers.GlorotUniform keras.src.initializers.random_initializers.GlorotUniform
- keras.initializers.HeNormal keras.initializers.he_normal keras.src.initializers.HeNormal keras.src.initializers.random_initializers.HeNormal
- keras.initializers.HeUniform keras.initializers.he_uniform keras.src.initializers.HeUniform keras.src.initializers.random_initializers.HeUniform
- keras.initializers.Identity keras.initializers.IdentityInitializer keras.initializers.identity keras.src.initializers.Identity keras.src.initializers.constant_initializers.Identity
- keras.initializers.LecunNormal keras.initializers.lecun_normal keras.src.initializers.LecunNormal keras.src.initializers.random_initializers.LecunNormal
- keras.initializers.LecunUniform keras.initializers.lecun_uniform keras.src.initializers.LecunUniform keras.src.initializers.random_initializers.LecunUniform
- keras.initializers.Ones keras.initializers.ones keras.src.initializers.Ones keras.src.initializers.constant_initializers.Ones
- keras.initializers.Orthogonal keras.initializers.OrthogonalInitializer keras.initializers.orthogonal keras.src.initializers.Orthogonal keras.src.initializers.random_initializers.Orthogonal
- keras.initializers.RandomNormal keras.initializers.random_normal keras.src.initializers.RandomNormal keras.src.initializers.random_initializers.RandomNormal
- keras.initializers.RandomUniform keras.initializers.random_uniform keras.src.initializers.RandomUniform keras.src.initializers.random_initializers.RandomUniform
- keras.initializers.STFT keras.initializers.STFTInitializer keras.initializers.stft keras.src.initializers.STFT keras.src.initializers.constant_initializers.STFT
- keras.initializers.TruncatedNormal keras.initializers.truncated_normal keras.src.initializers.TruncatedNormal keras.src.initializers.random_initializers.TruncatedNormal
- keras.initializers.VarianceScaling keras.initializers.variance_scaling keras.src.initializers.VarianceScaling keras.src.initializers.random_initializers.VarianceScaling keras.src.layers.core.einsum_dense.VarianceScaling
- keras.initializers.Zeros keras.initializers.zeros keras.src.initializers.Zeros keras.src.initializers.constant_initializers.Zeros
- keras.initializers.deserialize keras.src.initializers.deserialize
- keras.initializers.get keras.src.initializers.get
- keras.initializers.serialize keras.src.initializers.serialize
layer keras.layers.Activation keras.src.layers.Activation keras.src.layers.activations.activation.Activation
layer keras.layers.ActivityRegularization keras.src.layers.ActivityRegularization keras.src.layers.regularization.activity_regularization.ActivityRegularization
layer keras.layers.AdaptiveAveragePooling1D keras.src.layers.AdaptiveAveragePooling1D keras.src.layers.pooling.adaptive_average_pooling1d.AdaptiveAveragePooling1D
layer keras.layers.AdaptiveAveragePooling2D keras.src.layers.AdaptiveAveragePooling2D keras.src.layers.pooling.adaptive_average_pooling2d.AdaptiveAveragePooling2D
layer keras.layers.AdaptiveAveragePooling3D keras.src.layers.AdaptiveAveragePooling3D keras.src.layers.pooling.adaptive_average_pooling3d.AdaptiveAveragePooling3D
layer keras.layers.AdaptiveMaxPooling1D keras.src.layers.AdaptiveMaxPooling1D keras.src.layers.pooling.adaptive_max_pooling1d.AdaptiveMaxPooling1D
layer keras.layers.AdaptiveMaxPooling2D keras.src.layers.AdaptiveMaxPooling2D keras.src.layers.pooling.adaptive_max_pooling2d.AdaptiveMaxPooling2D
layer keras.layers.AdaptiveMaxPooling3D keras.src.layers.AdaptiveMaxPooling3D keras.src.layers.pooling.adaptive_max_pooling3d.AdaptiveMaxPooling3D
layer keras.layers.Add keras.src.layers.Add keras.src.layers.merging.add.Add
layer keras.layers.AdditiveAttention keras.src.layers.AdditiveAttention keras.src.layers.attention.additive_attention.AdditiveAttention
layer keras.layers.AlphaDropout keras.src.layers.AlphaDropout keras.src.layers.regularization.alpha_dropout.AlphaDropout
layer keras.layers.Attention keras.src.layers.Attention keras.src.layers.attention.additive_attention.Attention keras.src.layers.attention.attention.Attention
layer keras.layers.AugMix keras.src.layers.AugMix keras.src.layers.preprocessing.image_preprocessing.aug_mix.AugMix
layer keras.layers.AutoContrast keras.src.layers.AutoContrast keras.src.layers.preprocessing.image_preprocessing.auto_contrast.AutoContrast
layer keras.layers.Average keras.src.layers.Average keras.src.layers.merging.average.Average
layer@4 keras.layers.AveragePooling1D keras.layers.AvgPool1D keras.src.layers.AveragePooling1D keras.src.layers.pooling.average_pooling1d.AveragePooling1D
layer@4 keras.layers.AveragePooling2D keras.layers.AvgPool2D keras.src.layers.AveragePooling2D keras.src.layers.pooling.average_pooling2d.AveragePooling2D
layer@4 keras.layers.AveragePooling3D keras.layers.AvgPool3D keras.src.layers.AveragePooling3D keras.src.layers.pooling.average_pooling3d.AveragePooling3D
layer keras.layers.BatchNormalization keras.src.layers.BatchNormalization keras.src.layers.normalization.batch_normalization.BatchNormalization
layer keras.layers.Bidirectional keras.src.layers.Bidirectional keras.src.layers.rnn.bidirectional.Bidirectional
layer keras.layers.Bidirectional.from_config
layer keras.layers.CategoryEncoding keras.src.layers.CategoryEncoding keras.src.layers.preprocessing.category_encoding.CategoryEncoding
layer keras.layers.CenterCrop keras.src.layers.CenterCrop keras.src.layers.preprocessing.image_preprocessing.center_crop.CenterCrop
layer keras.layers.Concatenate keras.src.layers.Concatenate keras.src.layers.merging.concatenate.Concatenate
layer keras.layers.ContrastLimitedAdaptiveHistogramEqualization keras.src.layers.ContrastLimitedAdaptiveHistogramEqualization keras.src.layers.preprocessing.image_preprocessing.clahe.ContrastLimitedAdaptiveHistogramEqualization
layer keras.layers.Conv1D keras.layers.Convolution1D keras.src.layers.Conv1D keras.src.layers.convolutional.conv1d.Conv1D
layer keras.layers.Conv1DTranspose keras.layers.Convolution1DTranspose keras.src.layers.Conv1DTranspose keras.src.layers.convolutional.conv1d_transpose.Conv1DTranspose
layer keras.layers.Conv2D keras.layers.Convolution2D keras.src.layers.Conv2D keras.src.layers.convolutional.conv2d.Conv2D
layer keras.layers.Conv2DTranspose keras.layers.Convolution2DTranspose keras.src.layers.Conv2DTranspose keras.src.layers.convolutional.conv2d_transpose.Conv2DTranspose
layer keras.layers.Conv3D keras.layers.Convolution3D keras.src.layers.Conv3D keras.src.layers.convolutional.conv3d.Conv3D
layer keras.layers.Conv3DTranspose keras.layers.Convolution3DTranspose keras.src.layers.Conv3DTranspose keras.src.layers.convolutional.conv3d_transpose.Conv3DTranspose
layer keras.layers.ConvLSTM1D keras.src.layers.ConvLSTM1D keras.src.layers.rnn.conv_lstm1d.ConvLSTM1D
layer keras.layers.ConvLSTM2D keras.src.layers.ConvLSTM2D keras.src.layers.rnn.conv_lstm2d.ConvLSTM2D
layer keras.layers.ConvLSTM3D keras.src.layers.ConvLSTM3D keras.src.layers.rnn.conv_lstm3d.ConvLSTM3D
layer keras.layers.Cropping1D keras.src.layers.Cropping1D keras.src.layers.reshaping.cropping1d.Cropping1D
layer keras.layers.Cropping2D keras.src.layers.Cropping2D keras.src.layers.reshaping.cropping2d.Cropping2D
layer keras.layers.Cropping3D keras.src.layers.Cropping3D keras.src.layers.reshaping.cropping3d.Cropping3D
layer keras.layers.CutMix keras.src.layers.CutMix keras.src.layers.preprocessing.image_preprocessing.cut_mix.CutMix
layer keras.layers.Dense keras.src.layers.Dense keras.src.layers.core.dense.Dense keras.src.quantizers.awq.Dense keras.src.quantizers.gptq.Dense keras.src.quantizers.gptq_core.Dense
layer keras.layers.Dense.from_config
layer keras.layers.DepthwiseConv1D keras.src.layers.DepthwiseConv1D keras.src.layers.convolutional.depthwise_conv1d.DepthwiseConv1D
layer keras.layers.DepthwiseConv2D keras.src.layers.DepthwiseConv2D keras.src.layers.convolutional.depthwise_conv2d.DepthwiseConv2D
layer@6 keras.layers.Discretization keras.src.layers.Discretization keras.src.layers.preprocessing.discretization.Discretization
layer keras.layers.Discretization.from_config
layer keras.layers.Dot keras.src.layers.Dot keras.src.layers.merging.dot.Dot
layer keras.layers.Dropout keras.src.layers.Dropout keras.src.layers.attention.grouped_query_attention.Dropout keras.src.layers.attention.multi_head_attention.Dropout keras.src.layers.regularization.dropout.Dropout keras.src.layers.regularization.spatial_dropout.Dropout
layer keras.layers.ELU keras.src.layers.ELU keras.src.layers.activations.ELU keras.src.layers.activations.elu.ELU
layer keras.layers.EinsumDense keras.src.layers.EinsumDense keras.src.layers.attention.grouped_query_attention.EinsumDense keras.src.layers.attention.multi_head_attention.EinsumDense keras.src.layers.core.einsum_dense.EinsumDense keras.src.quantizers.awq.EinsumDense keras.src.quantizers.gptq.EinsumDense keras.src.quantizers.gptq_core.EinsumDense
layer keras.layers.EinsumDense.from_config
layer keras.layers.Embedding keras.src.callbacks.tensorboard.Embedding keras.src.layers.Embedding keras.src.layers.core.embedding.Embedding
layer keras.layers.Embedding.from_config
layer keras.layers.Equalization keras.src.layers.Equalization keras.src.layers.preprocessing.image_preprocessing.equalization.Equalization
layer keras.layers.Flatten keras.src.layers.Flatten keras.src.layers.reshaping.flatten.Flatten
layer keras.layers.FlaxLayer keras.src.utils.jax_layer.FlaxLayer
layer keras.layers.FlaxLayer.from_config
layer keras.layers.GRU keras.src.layers.GRU keras.src.layers.rnn.bidirectional.GRU keras.src.layers.rnn.gru.GRU
layer keras.layers.GRU.from_config
layer keras.layers.GRUCell keras.src.layers.GRUCell keras.src.layers.rnn.gru.GRUCell
layer keras.layers.GaussianDropout keras.src.layers.GaussianDropout keras.src.layers.regularization.gaussian_dropout.GaussianDropout
layer keras.layers.GaussianNoise keras.src.layers.GaussianNoise keras.src.layers.regularization.gaussian_noise.GaussianNoise
layer keras.layers.GlobalAveragePooling1D keras.layers.GlobalAvgPool1D keras.src.layers.GlobalAveragePooling1D keras.src.layers.pooling.global_average_pooling1d.GlobalAveragePooling1D
layer keras.layers.GlobalAveragePooling2D keras.layers.GlobalAvgPool2D keras.src.layers.GlobalAveragePooling2D keras.src.layers.pooling.global_average_pooling2d.GlobalAveragePooling2D
layer keras.layers.GlobalAveragePooling3D keras.layers.GlobalAvgPool3D keras.src.layers.GlobalAveragePooling3D keras.src.layers.pooling.global_average_pooling3d.GlobalAveragePooling3D
layer keras.layers.GlobalMaxPooling1D keras.layers.GlobalMaxPool1D keras.src.layers.GlobalMaxPooling1D keras.src.layers.pooling.global_max_pooling1d.GlobalMaxPooling1D
layer keras.layers.GlobalMaxPooling2D keras.layers.GlobalMaxPool2D keras.src.layers.GlobalMaxPooling2D keras.src.layers.pooling.global_max_pooling2d.GlobalMaxPooling2D
layer keras.layers.GlobalMaxPooling3D keras.layers.GlobalMaxPool3D keras.src.layers.GlobalMaxPooling3D keras.src.layers.pooling.global_max_pooling3d.GlobalMaxPooling3D
layer keras.layers.GroupNormalization keras.src.layers.GroupNormalization keras.src.layers.normalization.group_normalization.GroupNormalization
layer keras.layers.GroupQueryAttention keras.src.layers.GroupedQueryAttention keras.src.layers.attention.grouped_query_attention.GroupedQueryAttention
layer@3 keras.layers.HashedCrossing keras.src.layers.HashedCrossing keras.src.layers.preprocessing.hashed_crossing.HashedCrossing
layer keras.layers.Hashing keras.src.layers.Hashing keras.src.layers.preprocessing.hashing.Hashing
layer keras.layers.Identity keras.src.layers.Identity keras.src.layers.core.identity.Identity
-@6 keras.layers.Input keras.Input keras.src.layers.Input keras.src.layers.core.input_layer.Input keras.src.models.cloning.Input keras.src.models.functional.Input
layer@8 keras.layers.InputLayer keras.src.layers.InputLayer keras.src.layers.core.input_layer.InputLayer keras.src.models.cloning.InputLayer keras.src.models.functional.InputLayer keras.src.models.sequential.InputLayer
layer@13 keras.layers.IntegerLookup keras.src.layers.IntegerLookup keras.src.layers.preprocessing.integer_lookup.IntegerLookup
layer keras.layers.JaxLayer keras.src.utils.jax_layer.JaxLayer
layer keras.layers.JaxLayer.from_config
layer keras.layers.LSTM keras.src.layers.LSTM keras.src.layers.rnn.bidirectional.LSTM keras.src.layers.rnn.lstm.LSTM
layer keras.layers.LSTM.from_config
layer keras.layers.LSTMCell keras.src.layers.LSTMCell keras.src.layers.rnn.lstm.LSTMCell
layer keras.layers.Lambda keras.src.layers.Lambda keras.src.layers.core.lambda_layer.Lambda
layer keras.layers.Lambda.from_config
layer keras.layers.LayerNormalization keras.src.layers.LayerNormalization keras.src.layers.normalization.layer_normalization.LayerNormalization
layer keras.layers.LeakyReLU keras.src.layers.LeakyReLU keras.src.layers.activations.LeakyReLU keras.src.layers.activations.leaky_relu.LeakyReLU
layer keras.layers.Masking keras.src.layers.Masking keras.src.layers.core.masking.Masking
layer keras.layers.MaxNumBoundingBoxes keras.src.layers.MaxNumBoundingBoxes keras.src.layers.preprocessing.image_preprocessing.max_num_bounding_box.MaxNumBoundingBoxes
layer@4 keras.layers.MaxPooling1D keras.layers.MaxPool1D keras.src.layers.MaxPooling1D keras.src.layers.pooling.max_pooling1d.MaxPooling1D
layer@4 keras.layers.MaxPooling2D keras.layers.MaxPool2D keras.src.layers.MaxPooling2D keras.src.layers.pooling.max_pooling2d.MaxPooling2D
layer@4 keras.layers.MaxPooling3D keras.layers.MaxPool3D keras.src.layers.MaxPooling3D keras.src.layers.pooling.max_pooling3d.MaxPooling3D
layer keras.layers.Maximum keras.src.layers.Maximum keras.src.layers.merging.maximum.Maximum
layer keras.layers.MelSpectrogram keras.src.layers.MelSpectrogram keras.src.layers.preprocessing.mel_spectrogram.MelSpectrogram
layer keras.layers.Minimum keras.src.layers.Minimum keras.src.layers.merging.minimum.Minimum
layer keras.layers.MixUp keras.src.layers.MixUp keras.src.layers.preprocessing.image_preprocessing.mix_up.MixUp
layer keras.layers.MultiHeadAttention keras.src.layers.MultiHeadAttention keras.src.layers.attention.multi_head_attention.MultiHeadAttention
layer keras.layers.Multiply keras.src.layers.Multiply keras.src.layers.merging.multiply.Multiply
layer keras.layers.Normalization keras.src.layers.Normalization keras.src.layers.preprocessing.normalization.Normalization
layer keras.layers.PReLU keras.src.layers.PReLU keras.src.layers.activations.PReLU keras.src.layers.activations.prelu.PReLU
layer keras.layers.Permute keras.src.layers.Permute keras.src.layers.reshaping.permute.Permute
layer@1 keras.layers.Pipeline keras.src.layers.Pipeline keras.src.layers.preprocessing.pipeline.Pipeline
layer keras.layers.Pipeline.from_config
layer keras.layers.RMSNormalization keras.src.layers.RMSNormalization keras.src.layers.normalization.rms_normalization.RMSNormalization
layer keras.layers.RNN keras.src.layers.RNN keras.src.layers.rnn.conv_lstm.RNN keras.src.layers.rnn.gru.RNN keras.src.layers.rnn.lstm.RNN keras.src.layers.rnn.rnn.RNN keras.src.layers.rnn.simple_rnn.RNN
layer keras.layers.RNN.from_config
layer keras.layers.RandAugment keras.src.layers.RandAugment keras.src.layers.preprocessing.image_preprocessing.rand_augment.RandAugment
layer keras.layers.RandomBrightness keras.src.layers.RandomBrightness keras.src.layers.preprocessing.image_preprocessing.random_brightness.RandomBrightness
layer keras.layers.RandomColorDegeneration keras.src.layers.RandomColorDegeneration keras.src.layers.preprocessing.image_preprocessing.random_color_degeneration.RandomColorDegeneration
layer keras.layers.RandomColorJitter keras.src.layers.RandomColorJitter keras.src.layers.preprocessing.image_preprocessing.random_color_jitter.RandomColorJitter
layer keras.layers.RandomContrast keras.src.layers.RandomContrast keras.src.layers.preprocessing.image_preprocessing.random_contrast.RandomContrast
layer@4 keras.layers.RandomCrop keras.src.layers.RandomCrop keras.src.layers.preprocessing.image_preprocessing.random_crop.RandomCrop
layer keras.layers.RandomElasticTransform keras.src.layers.RandomElasticTransform keras.src.layers.preprocessing.image_preprocessing.random_elastic_transform.RandomElasticTransform
layer keras.layers.RandomErasing keras.src.layers.RandomErasing keras.src.layers.preprocessing.image_preprocessing.random_erasing.RandomErasing
layer keras.layers.RandomFlip keras.src.layers.RandomFlip keras.src.layers.preprocessing.image_preprocessing.random_flip.RandomFlip
layer keras.layers.RandomGaussianBlur keras.src.layers.RandomGaussianBlur keras.src.layers.preprocessing.image_preprocessing.random_gaussian_blur.RandomGaussianBlur
layer keras.layers.RandomGrayscale keras.src.layers.RandomGrayscale keras.src.layers.preprocessing.image_preprocessing.random_grayscale.RandomGrayscale
layer keras.layers.RandomHue keras.src.layers.RandomHue keras.src.layers.preprocessing.image_preprocessing.random_hue.RandomHue
layer keras.layers.RandomInvert keras.src.layers.RandomInvert keras.src.layers.preprocessing.image_preprocessing.random_invert.RandomInvert
layer keras.layers.RandomPerspective keras.src.layers.RandomPerspective keras.src.layers.preprocessing.image_preprocessing.random_perspective.RandomPerspective
layer keras.layers.RandomPosterization keras.src.layers.RandomPosterization keras.src.layers.preprocessing.image_preprocessing.random_posterization.RandomPosterization
layer keras.layers.RandomRotation keras.src.layers.RandomRotation keras.src.layers.preprocessing.image_preprocessing.random_rotation.RandomRotation
layer keras.layers.RandomSaturation keras.src.layers.RandomSaturation keras.src.layers.preprocessing.image_preprocessing.random_saturation.RandomSaturation
layer keras.layers.RandomSharpness keras.src.layers.RandomSharpness keras.src.layers.preprocessing.image_preprocessing.random_sharpness.RandomSharpness
layer keras.layers.RandomShear keras.src.layers.RandomShear keras.src.layers.preprocessing.image_preprocessing.random_shear.RandomShear
layer keras.layers.RandomTranslation keras.src.layers.RandomTranslation keras.src.layers.preprocessing.image_preprocessing.random_translation.RandomTranslation
layer keras.layers.RandomZoom keras.src.layers.RandomZoom keras.src.layers.preprocessing.image_preprocessing.random_zoom.RandomZoom
layer keras.layers.ReLU keras.src.layers.ReLU keras.src.layers.activations.ReLU keras.src.layers.activations.relu.ReLU
layer keras.layers.RepeatVector keras.src.layers.RepeatVector keras.src.layers.reshaping.repeat_vector.RepeatVector
layer keras.layers.Rescaling keras.src.layers.Rescaling keras.src.layers.preprocessing.rescaling.Rescaling
layer keras.layers.Rescaling.from_config
layer keras.layers.Reshape keras.src.layers.Reshape keras.src.layers.reshaping.reshape.Reshape
layer keras.layers.Resizing keras.src.layers.Resizing keras.src.layers.preprocessing.image_preprocessing.resizing.Resizing
layer keras.layers.ReversibleEmbedding keras.src.layers.ReversibleEmbedding keras.src.layers.core.reversible_embedding.ReversibleEmbedding
layer keras.layers.STFTSpectrogram keras.src.layers.STFTSpectrogram keras.src.layers.preprocessing.stft_spectrogram.STFTSpectrogram
layer keras.layers.SeparableConv1D keras.layers.SeparableConvolution1D keras.src.layers.SeparableConv1D keras.src.layers.convolutional.separable_conv1d.SeparableConv1D
layer keras.layers.SeparableConv2D keras.layers.SeparableConvolution2D keras.src.layers.SeparableConv2D keras.src.layers.convolutional.separable_conv2d.SeparableConv2D
layer keras.layers.SimpleRNN keras.src.layers.SimpleRNN keras.src.layers.rnn.simple_rnn.SimpleRNN
layer keras.layers.SimpleRNN.from_config
layer keras.layers.SimpleRNNCell keras.src.layers.SimpleRNNCell keras.src.layers.rnn.simple_rnn.SimpleRNNCell
layer keras.layers.Softmax keras.src.layers.Softmax keras.src.layers.activations.Softmax keras.src.layers.activations.softmax.Softmax keras.src.layers.attention.grouped_query_attention.Softmax keras.src.layers.attention.multi_head_attention.Softmax
layer keras.layers.Solarization keras.src.layers.Solarization keras.src.layers.preprocessing.image_preprocessing.solarization.Solarization
layer@2 keras.layers.SpatialDropout1D keras.src.layers.SpatialDropout1D keras.src.layers.regularization.spatial_dropout.SpatialDropout1D
layer@3 keras.layers.SpatialDropout2D keras.src.layers.SpatialDropout2D keras.src.layers.regularization.spatial_dropout.SpatialDropout2D
layer@3 keras.layers.SpatialDropout3D keras.src.layers.SpatialDropout3D keras.src.layers.regularization.spatial_dropout.SpatialDropout3D
layer keras.layers.SpectralNormalization keras.src.layers.SpectralNormalization keras.src.layers.normalization.spectral_normalization.SpectralNormalization
layer keras.layers.StackedRNNCells keras.src.layers.StackedRNNCells keras.src.layers.rnn.rnn.StackedRNNCells keras.src.layers.rnn.stacked_rnn_cells.StackedRNNCells
layer keras.layers.StackedRNNCells.from_config
layer@11 keras.layers.StringLookup keras.src.layers.StringLookup keras.src.layers.preprocessing.string_lookup.StringLookup keras.src.layers.preprocessing.text_vectorization.StringLookup
layer keras.layers.Subtract keras.src.layers.Subtract keras.src.layers.merging.subtract.Subtract
layer@4 keras.layers.TFSMLayer keras.src.export.TFSMLayer keras.src.export.tfsm_layer.TFSMLayer
layer keras.layers.TFSMLayer.from_config
layer@12 keras.layers.TextVectorization keras.src.layers.TextVectorization keras.src.layers.preprocessing.text_vectorization.TextVectorization
layer keras.layers.TextVectorization.from_config
layer keras.layers.TimeDistributed keras.src.layers.TimeDistributed keras.src.layers.rnn.time_distributed.TimeDistributed
layer@1 keras.layers.TorchModuleWrapper keras.src.utils.torch_utils.TorchModuleWrapper
layer keras.layers.TorchModuleWrapper.from_config
layer keras.layers.UnitNormalization keras.src.layers.UnitNormalization keras.src.layers.normalization.unit_normalization.UnitNormalization
layer keras.layers.UpSampling1D keras.src.layers.UpSampling1D keras.src.layers.reshaping.up_sampling1d.UpSampling1D
layer keras.layers.UpSampling2D keras.src.layers.UpSampling2D keras.src.layers.reshaping.up_sampling2d.UpSampling2D
layer keras.layers.UpSampling3D keras.src.layers.UpSampling3D keras.src.layers.reshaping.up_sampling3d.UpSampling3D
layer keras.layers.Wrapper keras.src.layers.Wrapper keras.src.layers.core.wrapper.Wrapper keras.src.layers.normalization.spectral_normalization.Wrapper keras.src.layers.rnn.time_distributed.Wrapper
layer keras.layers.Wrapper.from_config
layer keras.layers.ZeroPadding1D keras.src.layers.ZeroPadding1D keras.src.layers.reshaping.zero_padding1d.ZeroPadding1D
layer keras.layers.ZeroPadding2D keras.src.layers.ZeroPadding2D keras.src.layers.reshaping.zero_padding2d.ZeroPadding2D
layer keras.layers.ZeroPadding3D keras.src.layers.ZeroPadding3D keras.src.layers.reshaping.zero_padding3d.ZeroPadding3D
- keras.layers.add keras.src.layers.add keras.src.layers.merging.add.add
- keras.layers.average keras.src.layers.average keras.src.layers.merging.average.average
- keras.layers.concatenate keras.src.layers.concatenate keras.src.layers.merging.concatenate.concatenate
- keras.layers.deserialize keras.src.layers.deserialize
- keras.layers.dot keras.src.layers.dot keras.src.layers.merging.dot.dot
- keras.layers.maximum keras.src.layers.maximum keras.src.layers.merging.maximum.maximum
- keras.layers.minimum keras.src.layers.merging.minimum.minimum keras.src.layers.minimum
- keras.layers.multiply keras.src.layers.merging.multiply.multiply keras.src.layers.multiply
- keras.layers.serialize keras.src.layers.serialize
- keras.layers.subtract keras.src.layers.merging.subtract.subtract keras.src.layers.subtract
- keras.legacy.saving.deserialize_keras_object keras.src.legacy.saving.serialization.deserialize_keras_object keras.utils.legacy.deserialize_keras_object
- keras.legacy.saving.serialize_keras_object keras.src.legacy.saving.serialization.serialize_keras_object keras.utils.legacy.serialize_keras_object
loss@4 keras.losses.BinaryCrossentropy keras.src.losses.BinaryCrossentropy keras.src.losses.losses.BinaryCrossentropy
loss@7 keras.losses.BinaryFocalCrossentropy keras.src.losses.BinaryFocalCrossentropy keras.src.losses.losses.BinaryFocalCrossentropy
loss@1 keras.losses.CTC keras.src.losses.CTC keras.src.losses.losses.CTC
loss@4 keras.losses.CategoricalCrossentropy keras.src.losses.CategoricalCrossentropy keras.src.losses.losses.CategoricalCrossentropy
loss@6 keras.losses.CategoricalFocalCrossentropy keras.src.losses.CategoricalFocalCrossentropy keras.src.losses.losses.CategoricalFocalCrossentropy
loss@2 keras.losses.CategoricalGeneralizedCrossEntropy keras.src.losses.losses.CategoricalGeneralizedCrossEntropy
loss@1 keras.losses.CategoricalHinge keras.src.losses.CategoricalHinge keras.src.losses.losses.CategoricalHinge
loss@4 keras.losses.Circle keras.src.losses.Circle keras.src.losses.losses.Circle
loss@2 keras.losses.CosineSimilarity keras.src.losses.CosineSimilarity keras.src.losses.losses.CosineSimilarity
loss@1 keras.losses.Dice keras.src.losses.Dice keras.src.losses.losses.Dice
loss@1 keras.losses.Hinge keras.src.losses.Hinge keras.src.losses.losses.Hinge
loss@2 keras.losses.Huber keras.src.losses.Huber keras.src.losses.losses.Huber
loss@1 keras.losses.KLDivergence keras.src.losses.KLDivergence keras.src.losses.losses.KLDivergence
loss@1 keras.losses.LogCosh keras.src.losses.LogCosh keras.src.losses.losses.LogCosh
loss@1 keras.losses.MeanAbsoluteError keras.src.losses.MeanAbsoluteError keras.src.losses.losses.MeanAbsoluteError
loss@1 keras.losses.MeanAbsolutePercentageError keras.src.losses.MeanAbsolutePercentageError keras.src.losses.losses.MeanAbsolutePercentageError
loss@1 keras.losses.MeanSquaredError keras.src.losses.MeanSquaredError keras.src.losses.losses.MeanSquaredError
loss@1 keras.losses.MeanSquaredLogarithmicError keras.src.losses.MeanSquaredLogarithmicError keras.src.losses.losses.MeanSquaredLogarithmicError
loss@1 keras.losses.Poisson keras.src.losses.Poisson keras.src.losses.losses.Poisson
loss@4 keras.losses.SparseCategoricalCrossentropy keras.src.losses.SparseCategoricalCrossentropy keras.src.losses.losses.SparseCategoricalCrossentropy
loss@1 keras.losses.SquaredHinge keras.src.losses.SquaredHinge keras.src.losses.losses.SquaredHinge
loss@3 keras.losses.Tversky keras.src.losses.Tversky keras.src.losses.losses.Tversky
- keras.losses.categorical_generalized_cross_entropy keras.src.losses.losses.categorical_generalized_cross_entropy
- keras.losses.circle keras.src.losses.circle keras.src.losses.losses.circle
- keras.losses.cosine_similarity keras.src.losses.cosine_similarity keras.src.losses.losses.cosine_similarity
- keras.losses.ctc keras.src.losses.ctc keras.src.losses.losses.ctc
-@0 keras.losses.deserialize keras.src.losses.deserialize
- keras.losses.dice keras.src.losses.dice keras.src.losses.losses.dice
- keras.losses.get keras.src.losses.get
- keras.losses.huber keras.metrics.huber keras.src.losses.huber keras.src.losses.losses.huber
- keras.losses.log_cosh keras.metrics.log_cosh keras.src.losses.log_cosh keras.src.losses.losses.log_cosh keras.src.metrics.regression_metrics.log_cosh
- keras.losses.serialize keras.src.losses.serialize
- keras.losses.tversky keras.src.losses.losses.tversky keras.src.losses.tversky
metric@3 keras.metrics.AUC keras.src.metrics.AUC keras.src.metrics.confusion_metrics.AUC
metric@0 keras.metrics.Accuracy keras.src.metrics.Accuracy keras.src.metrics.accuracy_metrics.Accuracy
metric@0 keras.metrics.BinaryAccuracy keras.src.metrics.BinaryAccuracy keras.src.metrics.accuracy_metrics.BinaryAccuracy
metric@0 keras.metrics.BinaryCrossentropy keras.src.metrics.BinaryCrossentropy keras.src.metrics.probabilistic_metrics.BinaryCrossentropy
metric@2 keras.metrics.BinaryIoU keras.src.metrics.BinaryIoU keras.src.metrics.iou_metrics.BinaryIoU
metric@0 keras.metrics.CategoricalAccuracy keras.src.metrics.CategoricalAccuracy keras.src.metrics.accuracy_metrics.CategoricalAccuracy
metric@0 keras.metrics.CategoricalCrossentropy keras.src.metrics.CategoricalCrossentropy keras.src.metrics.probabilistic_metrics.CategoricalCrossentropy
metric@0 keras.metrics.CategoricalHinge keras.src.metrics.CategoricalHinge keras.src.metrics.hinge_metrics.CategoricalHinge
metric@0 keras.metrics.ConcordanceCorrelation keras.src.metrics.ConcordanceCorrelation keras.src.metrics.correlation_metrics.ConcordanceCorrelation
metric@0 keras.metrics.CosineSimilarity keras.src.metrics.CosineSimilarity keras.src.metrics.regression_metrics.CosineSimilarity
metric@2 keras.metrics.F1Score keras.src.metrics.F1Score keras.src.metrics.f_score_metrics.F1Score
metric@3 keras.metrics.FBetaScore keras.src.metrics.FBetaScore keras.src.metrics.f_score_metrics.FBetaScore
metric@1 keras.metrics.FalseNegatives keras.src.metrics.FalseNegatives keras.src.metrics.confusion_metrics.FalseNegatives
metric@1 keras.metrics.FalsePositives keras.src.metrics.FalsePositives keras.src.metrics.confusion_metrics.FalsePositives
metric@0 keras.metrics.Hinge keras.src.metrics.Hinge keras.src.metrics.hinge_metrics.Hinge
metric@2 keras.metrics.IoU keras.src.metrics.IoU keras.src.metrics.iou_metrics.IoU
metric@0 keras.metrics.KLDivergence keras.src.metrics.KLDivergence keras.src.metrics.probabilistic_metrics.KLDivergence
metric@0 keras.metrics.LogCoshError keras.src.metrics.LogCoshError keras.src.metrics.regression_metrics.LogCoshError
metric@0 keras.metrics.Mean keras.src.metrics.Mean keras.src.metrics.reduction_metrics.Mean
metric@0 keras.metrics.MeanAbsoluteError keras.src.metrics.MeanAbsoluteError keras.src.metrics.regression_metrics.MeanAbsoluteError
metric@0 keras.metrics.MeanAbsolutePercentageError keras.src.metrics.MeanAbsolutePercentageError keras.src.metrics.regression_metrics.MeanAbsolutePercentageError
metric@1 keras.metrics.MeanIoU keras.src.metrics.MeanIoU keras.src.metrics.iou_metrics.MeanIoU
metric@1 keras.metrics.MeanMetricWrapper keras.src.metrics.MeanMetricWrapper keras.src.metrics.reduction_metrics.MeanMetricWrapper
metric keras.metrics.MeanMetricWrapper.from_config
metric@0 keras.metrics.MeanSquaredError keras.src.metrics.MeanSquaredError keras.src.metrics.regression_metrics.MeanSquaredError
metric@0 keras.metrics.MeanSquaredLogarithmicError keras.src.metrics.MeanSquaredLogarithmicError keras.src.metrics.regression_metrics.MeanSquaredLogarithmicError
metric@2 keras.metrics.OneHotIoU keras.src.metrics.OneHotIoU keras.src.metrics.iou_metrics.OneHotIoU
metric@1 keras.metrics.OneHotMeanIoU keras.src.metrics.OneHotMeanIoU keras.src.metrics.iou_metrics.OneHotMeanIoU
metric@0 keras.metrics.PearsonCorrelation keras.src.metrics.PearsonCorrelation keras.src.metrics.correlation_metrics.PearsonCorrelation
metric@0 keras.metrics.Poisson keras.src.metrics.Poisson keras.src.metrics.probabilistic_metrics.Poisson
metric@3 keras.metrics.Precision keras.src.metrics.Precision keras.src.metrics.confusion_metrics.Precision
metric@3 keras.metrics.PrecisionAtRecall keras.src.metrics.PrecisionAtRecall keras.src.metrics.confusion_metrics.PrecisionAtRecall
metric@2 keras.metrics.R2Score keras.src.metrics.R2Score keras.src.metrics.regression_metrics.R2Score
metric@3 keras.metrics.Recall keras.src.metrics.Recall keras.src.metrics.confusion_metrics.Recall
metric@3 keras.metrics.RecallAtPrecision keras.src.metrics.RecallAtPrecision keras.src.metrics.confusion_metrics.RecallAtPrecision
metric@0 keras.metrics.RootMeanSquaredError keras.src.metrics.RootMeanSquaredError keras.src.metrics.regression_metrics.RootMeanSquaredError
metric@3 keras.metrics.SensitivityAtSpecificity keras.src.metrics.SensitivityAtSpecificity keras.src.metrics.confusion_metrics.SensitivityAtSpecificity
metric@0 keras.metrics.SparseCategoricalAccuracy keras.src.metrics.SparseCategoricalAccuracy keras.src.metrics.accuracy_metrics.SparseCategoricalAccuracy
metric@0 keras.metrics.SparseCategoricalCrossentropy keras.src.metrics.SparseCategoricalCrossentropy keras.src.metrics.probabilistic_metrics.SparseCategoricalCrossentropy
metric@1 keras.metrics.SparseTopKCategoricalAccuracy keras.src.metrics.SparseTopKCategoricalAccuracy keras.src.metrics.accuracy_metrics.SparseTopKCategoricalAccuracy
metric@3 keras.metrics.SpecificityAtSensitivity keras.src.metrics.SpecificityAtSensitivity keras.src.metrics.confusion_metrics.SpecificityAtSensitivity
metric@0 keras.metrics.SquaredHinge keras.src.metrics.SquaredHinge keras.src.metrics.hinge_metrics.SquaredHinge
metric@0 keras.metrics.Sum keras.src.metrics.Sum keras.src.metrics.reduction_metrics.Sum
metric@1 keras.metrics.TopKCategoricalAccuracy keras.src.metrics.TopKCategoricalAccuracy keras.src.metrics.accuracy_metrics.TopKCategoricalAccuracy
metric@1 keras.metrics.TrueNegatives keras.src.metrics.TrueNegatives keras.src.metrics.confusion_metrics.TrueNegatives
metric@1 keras.metrics.TruePositives keras.src.metrics.TruePositives keras.src.metrics.confusion_metrics.TruePositives
- keras.metrics.binary_accuracy keras.src.metrics.accuracy_metrics.binary_accuracy
- keras.metrics.binary_crossentropy keras.losses.binary_crossentropy keras.src.losses.binary_crossentropy keras.src.losses.losses.binary_crossentropy keras.src.metrics.probabilistic_metrics.binary_crossentropy
- keras.metrics.binary_focal_crossentropy keras.losses.binary_focal_crossentropy keras.src.losses.binary_focal_crossentropy keras.src.losses.losses.binary_focal_crossentropy
- keras.metrics.categorical_accuracy keras.src.metrics.accuracy_metrics.categorical_accuracy
- keras.metrics.categorical_crossentropy keras.losses.categorical_crossentropy keras.src.losses.categorical_crossentropy keras.src.losses.losses.categorical_crossentropy keras.src.metrics.probabilistic_metrics.categorical_crossentropy
- keras.metrics.categorical_focal_crossentropy keras.losses.categorical_focal_crossentropy keras.src.losses.categorical_focal_crossentropy keras.src.losses.losses.categorical_focal_crossentropy
- keras.metrics.categorical_hinge keras.losses.categorical_hinge keras.src.losses.categorical_hinge keras.src.losses.losses.categorical_hinge keras.src.metrics.hinge_metrics.categorical_hinge
- keras.metrics.concordance_correlation keras.src.metrics.correlation_metrics.concordance_correlation
- keras.metrics.deserialize keras.src.metrics.deserialize
- keras.metrics.get keras.src.metrics.get
- keras.metrics.hinge keras.losses.hinge keras.src.losses.hinge keras.src.losses.losses.hinge keras.src.metrics.hinge_metrics.hinge
- keras.metrics.kl_divergence keras.losses.kl_divergence keras.src.losses.kl_divergence keras.src.losses.losses.kl_divergence keras.src.metrics.probabilistic_metrics.kl_divergence
- keras.metrics.mean_absolute_error keras.losses.mean_absolute_error keras.src.losses.losses.mean_absolute_error keras.src.losses.mean_absolute_error keras.src.metrics.regression_metrics.mean_absolute_error
- keras.metrics.mean_absolute_percentage_error keras.losses.mean_absolute_percentage_error keras.src.losses.losses.mean_absolute_percentage_error keras.src.losses.mean_absolute_percentage_error keras.src.metrics.regression_metrics.mean_absolute_percentage_error
- keras.metrics.mean_squared_error keras.losses.mean_squared_error keras.src.losses.losses.mean_squared_error keras.src.losses.mean_squared_error keras.src.metrics.regression_metrics.mean_squared_error
- keras.metrics.mean_squared_logarithmic_error keras.losses.mean_squared_logarithmic_error keras.src.losses.losses.mean_squared_logarithmic_error keras.src.losses.mean_squared_logarithmic_error keras.src.metrics.regression_metrics.mean_squared_logarithmic_error
- keras.metrics.pearson_correlation keras.src.metrics.correlation_metrics.pearson_correlation
- keras.metrics.poisson keras.losses.poisson keras.src.losses.losses.poisson keras.src.losses.poisson keras.src.metrics.probabilistic_metrics.poisson
- keras.metrics.serialize keras.src.metrics.serialize
- keras.metrics.sparse_categorical_accuracy keras.src.metrics.accuracy_metrics.sparse_categorical_accuracy
- keras.metrics.sparse_categorical_crossentropy keras.losses.sparse_categorical_crossentropy keras.src.losses.losses.sparse_categorical_crossentropy keras.src.losses.sparse_categorical_crossentropy keras.src.metrics.probabilistic_metrics.sparse_categorical_crossentropy
- keras.metrics.sparse_top_k_categorical_accuracy keras.src.metrics.accuracy_metrics.sparse_top_k_categorical_accuracy
- keras.metrics.squared_hinge keras.losses.squared_hinge keras.src.losses.losses.squared_hinge keras.src.losses.squared_hinge keras.src.metrics.hinge_metrics.squared_hinge
- keras.metrics.top_k_categorical_accuracy keras.src.metrics.accuracy_metrics.top_k_categorical_accuracy
- keras.models.clone_model keras.src.models.cloning.clone_model keras.src.wrappers.sklearn_wrapper.clone_model
- keras.models.model_from_json keras.src.models.model.model_from_json
-@0 keras.name_scope keras.src.backend.name_scope keras.src.ops.name_scope
tensor keras.ops.abs keras.ops.numpy.abs keras.src.ops.abs keras.src.ops.numpy.abs
tensor keras.ops.absolute keras.ops.numpy.absolute keras.src.ops.absolute keras.src.ops.numpy.absolute
tensor keras.ops.adaptive_average_pool keras.ops.nn.adaptive_average_pool keras.src.ops.adaptive_average_pool keras.src.ops.nn.adaptive_average_pool
tensor keras.ops.adaptive_max_pool keras.ops.nn.adaptive_max_pool keras.src.ops.adaptive_max_pool keras.src.ops.nn.adaptive_max_pool
tensor keras.ops.add keras.ops.numpy.add keras.src.ops.add keras.src.ops.numpy.add
tensor keras.ops.all keras.ops.numpy.all keras.src.ops.all keras.src.ops.numpy.all
tensor keras.ops.allclose keras.ops.numpy.allclose keras.src.ops.allclose keras.src.ops.numpy.allclose
tensor keras.ops.amax keras.ops.numpy.amax keras.src.ops.amax keras.src.ops.numpy.amax
tensor keras.ops.amin keras.ops.numpy.amin keras.src.ops.amin keras.src.ops.numpy.amin
tensor keras.ops.angle keras.ops.numpy.angle keras.src.ops.angle keras.src.ops.numpy.angle
tensor keras.ops.any keras.ops.numpy.any keras.src.ops.any keras.src.ops.numpy.any
tensor keras.ops.append keras.ops.numpy.append keras.src.ops.append keras.src.ops.numpy.append
tensor keras.ops.arange keras.ops.numpy.arange keras.src.ops.arange keras.src.ops.numpy.arange
tensor keras.ops.arccos keras.ops.numpy.arccos keras.src.ops.arccos keras.src.ops.numpy.arccos
tensor keras.ops.arccosh keras.ops.numpy.arccosh keras.src.ops.arccosh keras.src.ops.numpy.arccosh
tensor keras.ops.arcsin keras.ops.numpy.arcsin keras.src.ops.arcsin keras.src.ops.numpy.arcsin
tensor keras.ops.arcsinh keras.ops.numpy.arcsinh keras.src.ops.arcsinh keras.src.ops.numpy.arcsinh
tensor keras.ops.arctan keras.ops.numpy.arctan keras.src.ops.arctan keras.src.ops.numpy.arctan
tensor keras.ops.arctan2 keras.ops.numpy.arctan2 keras.src.ops.arctan2 keras.src.ops.numpy.arctan2
tensor keras.ops.arctanh keras.ops.numpy.arctanh keras.src.ops.arctanh keras.src.ops.numpy.arctanh
tensor keras.ops.argmax keras.ops.numpy.argmax keras.src.ops.argmax keras.src.ops.numpy.argmax
tensor keras.ops.argmin keras.ops.numpy.argmin keras.src.ops.argmin keras.src.ops.numpy.argmin
tensor keras.ops.argpartition keras.ops.numpy.argpartition keras.src.ops.argpartition keras.src.ops.numpy.argpartition
tensor keras.ops.argsort keras.ops.numpy.argsort keras.src.ops.argsort keras.src.ops.numpy.argsort
tensor keras.ops.array keras.ops.numpy.array keras.src.ops.array keras.src.ops.numpy.array
tensor_list keras.ops.array_split keras.ops.numpy.array_split keras.src.ops.array_split keras.src.ops.numpy.array_split
tensor keras.ops.associative_scan keras.src.ops.associative_scan keras.src.ops.core.associative_scan
tensor keras.ops.average keras.ops.numpy.average keras.src.ops.average keras.src.ops.numpy.average
tensor keras.ops.average_pool keras.ops.nn.average_pool keras.src.ops.average_pool keras.src.ops.nn.average_pool
tensor keras.ops.bartlett keras.ops.numpy.bartlett keras.src.ops.bartlett keras.src.ops.numpy.bartlett
tensor keras.ops.batch_normalization keras.ops.nn.batch_normalization keras.src.ops.batch_normalization keras.src.ops.nn.batch_normalization
tensor keras.ops.binary_crossentropy keras.ops.nn.binary_crossentropy keras.src.ops.binary_crossentropy keras.src.ops.nn.binary_crossentropy
tensor keras.ops.bincount keras.ops.numpy.bincount keras.src.ops.bincount keras.src.ops.numpy.bincount
tensor keras.ops.bitwise_and keras.ops.numpy.bitwise_and keras.src.ops.bitwise_and keras.src.ops.numpy.bitwise_and
tensor keras.ops.bitwise_invert keras.ops.numpy.bitwise_invert keras.src.ops.bitwise_invert keras.src.ops.numpy.bitwise_invert
tensor keras.ops.bitwise_left_shift keras.ops.numpy.bitwise_left_shift keras.src.ops.bitwise_left_shift keras.src.ops.numpy.bitwise_left_shift
tensor keras.ops.bitwise_not keras.ops.numpy.bitwise_not keras.src.ops.bitwise_not keras.src.ops.numpy.bitwise_not
tensor keras.ops.bitwise_or keras.ops.numpy.bitwise_or keras.src.ops.bitwise_or keras.src.ops.numpy.bitwise_or
tensor keras.ops.bitwise_right_shift keras.ops.numpy.bitwise_right_shift keras.src.ops.bitwise_right_shift keras.src.ops.numpy.bitwise_right_shift
tensor keras.ops.bitwise_xor keras.ops.numpy.bitwise_xor keras.src.ops.bitwise_xor keras.src.ops.numpy.bitwise_xor
tensor keras.ops.blackman keras.ops.numpy.blackman keras.src.ops.blackman keras.src.ops.numpy.blackman
tensor keras.ops.broadcast_to keras.ops.numpy.broadcast_to keras.src.ops.broadcast_to keras.src.ops.numpy.broadcast_to
tensor keras.ops.cast keras.src.ops.cast keras.src.ops.core.cast
tensor keras.ops.categorical_crossentropy keras.ops.nn.categorical_crossentropy keras.src.ops.categorical_crossentropy keras.src.ops.nn.categorical_crossentropy
tensor keras.ops.cbrt keras.ops.numpy.cbrt keras.src.ops.cbrt keras.src.ops.numpy.cbrt
tensor keras.ops.cdist keras.src.ops.cdist keras.src.ops.math.cdist
tensor keras.ops.ceil keras.ops.numpy.ceil keras.src.ops.ceil keras.src.ops.numpy.ceil
tensor keras.ops.celu keras.ops.nn.celu keras.src.ops.celu keras.src.ops.nn.celu
tensor keras.ops.cholesky keras.ops.linalg.cholesky keras.src.ops.cholesky keras.src.ops.linalg.cholesky
tensor keras.ops.cholesky_inverse keras.ops.linalg.cholesky_inverse keras.src.ops.cholesky_inverse keras.src.ops.linalg.cholesky_inverse
tensor keras.ops.clip keras.ops.numpy.clip keras.src.ops.clip keras.src.ops.numpy.clip
tensor keras.ops.concatenate keras.ops.numpy.concatenate keras.src.ops.concatenate keras.src.ops.numpy.concatenate
tensor keras.ops.cond keras.src.ops.cond keras.src.ops.core.cond
tensor keras.ops.conj keras.ops.numpy.conj keras.src.ops.conj keras.src.ops.numpy.conj
tensor keras.ops.conjugate keras.ops.numpy.conjugate keras.src.ops.conjugate keras.src.ops.numpy.conjugate
tensor keras.ops.conv keras.ops.nn.conv keras.src.ops.conv keras.src.ops.nn.conv
tensor keras.ops.conv_transpose keras.ops.nn.conv_transpose keras.src.ops.conv_transpose keras.src.ops.nn.conv_transpose
numpy keras.ops.convert_to_numpy keras.src.ops.convert_to_numpy keras.src.ops.core.convert_to_numpy keras.src.utils.torch_utils.convert_to_numpy
tensor keras.ops.convert_to_tensor keras.src.ops.convert_to_tensor keras.src.ops.core.convert_to_tensor keras.src.utils.torch_utils.convert_to_tensor
tensor keras.ops.copy keras.ops.numpy.copy keras.src.ops.copy keras.src.ops.numpy.copy
tensor keras.ops.corrcoef keras.ops.numpy.corrcoef keras.src.ops.corrcoef keras.src.ops.numpy.corrcoef
tensor keras.ops.correlate keras.ops.numpy.correlate keras.src.ops.correlate keras.src.ops.numpy.correlate
tensor keras.ops.cos keras.ops.numpy.cos keras.src.ops.cos keras.src.ops.numpy.cos
tensor keras.ops.cosh keras.ops.numpy.cosh keras.src.ops.cosh keras.src.ops.numpy.cosh
tensor keras.ops.count_nonzero keras.ops.numpy.count_nonzero keras.src.ops.count_nonzero keras.src.ops.numpy.count_nonzero
tensor keras.ops.cross keras.ops.numpy.cross keras.src.ops.cross keras.src.ops.numpy.cross
tensor_list keras.ops.ctc_decode keras.ops.nn.ctc_decode keras.src.ops.ctc_decode keras.src.ops.nn.ctc_decode
tensor keras.ops.ctc_loss keras.ops.nn.ctc_loss keras.src.ops.ctc_loss keras.src.ops.nn.ctc_loss
tensor keras.ops.cumprod keras.ops.numpy.cumprod keras.src.ops.cumprod keras.src.ops.numpy.cumprod
tensor keras.ops.cumsum keras.ops.numpy.cumsum keras.src.ops.cumsum keras.src.ops.numpy.cumsum
- keras.ops.custom_gradient keras.src.ops.core.custom_gradient keras.src.ops.custom_gradient
tensor keras.ops.deg2rad keras.ops.numpy.deg2rad keras.src.ops.deg2rad keras.src.ops.numpy.deg2rad
tensor keras.ops.depth_to_space keras.ops.nn.depth_to_space keras.src.ops.depth_to_space keras.src.ops.nn.depth_to_space
tensor keras.ops.depthwise_conv keras.ops.nn.depthwise_conv keras.src.ops.depthwise_conv keras.src.ops.nn.depthwise_conv
tensor keras.ops.det keras.ops.linalg.det keras.src.ops.det keras.src.ops.linalg.det
tensor keras.ops.diag keras.ops.numpy.diag keras.src.ops.diag keras.src.ops.numpy.diag
tensor keras.ops.diagflat keras.ops.numpy.diagflat keras.src.ops.diagflat keras.src.ops.numpy.diagflat
tensor keras.ops.diagonal keras.ops.numpy.diagonal keras.src.ops.diagonal keras.src.ops.numpy.diagonal
tensor keras.ops.diff keras.ops.numpy.diff keras.src.ops.diff keras.src.ops.numpy.diff
tensor keras.ops.digitize keras.ops.numpy.digitize keras.src.ops.digitize keras.src.ops.numpy.digitize
tensor keras.ops.divide keras.ops.numpy.divide keras.src.ops.divide keras.src.ops.numpy.divide
tensor keras.ops.divide_no_nan keras.ops.numpy.divide_no_nan keras.src.ops.divide_no_nan keras.src.ops.numpy.divide_no_nan
tensor keras.ops.dot keras.ops.numpy.dot keras.src.ops.dot keras.src.ops.numpy.dot
tensor keras.ops.dot_product_attention keras.ops.nn.dot_product_attention keras.src.ops.dot_product_attention keras.src.ops.nn.dot_product_attention
tensor_list keras.ops.dsplit keras.ops.numpy.dsplit keras.src.ops.dsplit keras.src.ops.numpy.dsplit
tensor keras.ops.dstack keras.ops.numpy.dstack keras.src.ops.dstack keras.src.ops.numpy.dstack
str keras.ops.dtype keras.src.ops.core.dtype keras.src.ops.dtype
tensor_list keras.ops.eig keras.ops.linalg.eig keras.src.ops.eig keras.src.ops.linalg.eig
tensor_list keras.ops.eigh keras.ops.linalg.eigh keras.src.ops.eigh keras.src.ops.linalg.eigh
tensor keras.ops.einsum keras.ops.numpy.einsum keras.src.ops.einsum keras.src.ops.numpy.einsum
tensor keras.ops.elu keras.ops.nn.elu keras.src.ops.elu keras.src.ops.nn.elu
tensor keras.ops.empty keras.ops.numpy.empty keras.src.ops.empty keras.src.ops.numpy.empty
tensor keras.ops.empty_like keras.ops.numpy.empty_like keras.src.ops.empty_like keras.src.ops.numpy.empty_like
tensor keras.ops.equal keras.ops.numpy.equal keras.src.ops.equal keras.src.ops.numpy.equal
tensor keras.ops.erf keras.src.ops.erf keras.src.ops.math.erf
tensor keras.ops.erfc keras.src.ops.erfc keras.src.ops.math.erfc
tensor keras.ops.erfinv keras.src.ops.erfinv keras.src.ops.math.erfinv
tensor keras.ops.exp keras.ops.numpy.exp keras.src.ops.exp keras.src.ops.numpy.exp
tensor keras.ops.exp2 keras.ops.numpy.exp2 keras.src.ops.exp2 keras.src.ops.numpy.exp2
tensor keras.ops.expand_dims keras.ops.numpy.expand_dims keras.src.ops.expand_dims keras.src.ops.numpy.expand_dims
tensor keras.ops.expm1 keras.ops.numpy.expm1 keras.src.ops.expm1 keras.src.ops.numpy.expm1
tensor keras.ops.extract_sequences keras.src.ops.extract_sequences keras.src.ops.math.extract_sequences
tensor keras.ops.eye keras.ops.numpy.eye keras.src.ops.eye keras.src.ops.numpy.eye
tensor keras.ops.fabs keras.ops.numpy.fabs keras.src.ops.fabs keras.src.ops.numpy.fabs
tensor_list keras.ops.fft keras.src.ops.fft keras.src.ops.math.fft
tensor_list keras.ops.fft2 keras.src.ops.fft2 keras.src.ops.math.fft2
tensor keras.ops.flip keras.ops.numpy.flip keras.src.ops.flip keras.src.ops.numpy.flip
tensor keras.ops.fliplr keras.ops.numpy.fliplr keras.src.ops.fliplr keras.src.ops.numpy.fliplr
tensor keras.ops.flipud keras.ops.numpy.flipud keras.src.ops.flipud keras.src.ops.numpy.flipud
tensor keras.ops.floor keras.ops.numpy.floor keras.src.ops.floor keras.src.ops.numpy.floor
tensor keras.ops.floor_divide keras.ops.numpy.floor_divide keras.src.ops.floor_divide keras.src.ops.numpy.floor_divide
tensor keras.ops.fmax keras.ops.numpy.fmax keras.src.ops.fmax keras.src.ops.numpy.fmax
tensor keras.ops.fmin keras.ops.numpy.fmin keras.src.ops.fmin keras.src.ops.numpy.fmin
tensor keras.ops.fmod keras.ops.numpy.fmod keras.src.ops.fmod keras.src.ops.numpy.fmod
tensor keras.ops.fold keras.ops.nn.fold keras.src.ops.fold keras.src.ops.nn.fold
tensor keras.ops.fori_loop keras.src.ops.core.fori_loop keras.src.ops.fori_loop
tensor keras.ops.full keras.ops.numpy.full keras.src.ops.full keras.src.ops.numpy.full
tensor keras.ops.full_like keras.ops.numpy.full_like keras.src.ops.full_like keras.src.ops.numpy.full_like
tensor keras.ops.gcd keras.ops.numpy.gcd keras.src.ops.gcd keras.src.ops.numpy.gcd
tensor keras.ops.gelu keras.ops.nn.gelu keras.src.ops.gelu keras.src.ops.nn.gelu
tensor keras.ops.geomspace keras.ops.numpy.geomspace keras.src.ops.geomspace keras.src.ops.numpy.geomspace
tensor keras.ops.get_item keras.ops.numpy.get_item keras.src.ops.get_item keras.src.ops.numpy.get_item
tensor keras.ops.glu keras.ops.nn.glu keras.src.ops.glu keras.src.ops.nn.glu
tensor keras.ops.greater keras.ops.numpy.greater keras.src.ops.greater keras.src.ops.numpy.greater
tensor keras.ops.greater_equal keras.ops.numpy.greater_equal keras.src.ops.greater_equal keras.src.ops.numpy.greater_equal
tensor keras.ops.hamming keras.ops.numpy.hamming keras.src.ops.hamming keras.src.ops.numpy.hamming
tensor keras.ops.hanning keras.ops.numpy.hanning keras.src.ops.hanning keras.src.ops.numpy.hanning
tensor keras.ops.hard_shrink keras.ops.nn.hard_shrink keras.src.ops.hard_shrink keras.src.ops.nn.hard_shrink
tensor keras.ops.hard_sigmoid keras.ops.nn.hard_sigmoid keras.src.ops.hard_sigmoid keras.src.ops.nn.hard_sigmoid
tensor keras.ops.hard_silu keras.ops.hard_swish keras.ops.nn.hard_silu keras.ops.nn.hard_swish keras.src.ops.hard_silu keras.src.ops.nn.hard_silu
tensor keras.ops.hard_tanh keras.ops.nn.hard_tanh keras.src.ops.hard_tanh keras.src.ops.nn.hard_tanh
tensor keras.ops.heaviside keras.ops.numpy.heaviside keras.src.ops.heaviside keras.src.ops.numpy.heaviside
tensor_list keras.ops.histogram keras.ops.numpy.histogram keras.src.ops.histogram keras.src.ops.numpy.histogram
tensor_list keras.ops.hsplit keras.ops.numpy.hsplit keras.src.ops.hsplit keras.src.ops.numpy.hsplit
tensor keras.ops.hstack keras.ops.numpy.hstack keras.src.ops.hstack keras.src.ops.numpy.hstack
tensor keras.ops.hypot keras.ops.numpy.hypot keras.src.ops.hypot keras.src.ops.numpy.hypot
tensor keras.ops.i0 keras.ops.numpy.i0 keras.src.ops.i0 keras.src.ops.numpy.i0
tensor keras.ops.identity keras.ops.numpy.identity keras.src.ops.identity keras.src.ops.numpy.identity
tensor_list keras.ops.ifft2 keras.src.ops.ifft2 keras.src.ops.math.ifft2
tensor keras.ops.imag keras.ops.numpy.imag keras.src.ops.imag keras.src.ops.numpy.imag
tensor keras.ops.image.affine_transform keras.src.ops.image.affine_transform
tensor keras.ops.image.crop_images keras.src.ops.image.crop_images
tensor keras.ops.image.elastic_transform keras.src.ops.image.elastic_transform
tensor keras.ops.image.extract_patches keras.src.ops.image.extract_patches
tensor keras.ops.image.extract_patches_3d keras.src.ops.image.extract_patches_3d
tensor keras.ops.image.gaussian_blur keras.src.ops.image.gaussian_blur
tensor keras.ops.image.hsv_to_rgb keras.src.ops.image.hsv_to_rgb
tensor keras.ops.image.map_coordinates keras.src.ops.image.map_coordinates
tensor keras.ops.image.pad_images keras.src.ops.image.pad_images
tensor keras.ops.image.perspective_transform keras.src.ops.image.perspective_transform
tensor keras.ops.image.resize keras.src.ops.image.resize
tensor keras.ops.image.rgb_to_grayscale keras.src.ops.image.rgb_to_grayscale
tensor keras.ops.image.rgb_to_hsv keras.src.ops.image.rgb_to_hsv
tensor keras.ops.image.scale_and_translate keras.src.ops.image.scale_and_translate
tensor keras.ops.image.sobel_edges keras.src.ops.image.sobel_edges
tensor keras.ops.image.ssim keras.src.ops.image.ssim
tensor keras.ops.in_top_k keras.src.ops.in_top_k keras.src.ops.math.in_top_k
tensor keras.ops.inner keras.ops.numpy.inner keras.src.ops.inner keras.src.ops.numpy.inner
tensor keras.ops.inv keras.ops.linalg.inv keras.src.ops.inv keras.src.ops.linalg.inv
tensor keras.ops.irfft keras.src.ops.irfft keras.src.ops.math.irfft
bool keras.ops.is_tensor keras.src.ops.core.is_tensor keras.src.ops.is_tensor
tensor keras.ops.isclose keras.ops.numpy.isclose keras.src.ops.isclose keras.src.ops.numpy.isclose
tensor keras.ops.isfinite keras.ops.numpy.isfinite keras.src.ops.isfinite keras.src.ops.numpy.isfinite
tensor keras.ops.isin keras.ops.numpy.isin keras.src.ops.isin keras.src.ops.numpy.isin
tensor keras.ops.isinf keras.ops.numpy.isinf keras.src.ops.isinf keras.src.ops.numpy.isinf
tensor keras.ops.isnan keras.ops.numpy.isnan keras.src.ops.isnan keras.src.ops.numpy.isnan
tensor keras.ops.isneginf keras.ops.numpy.isneginf keras.src.ops.isneginf keras.src.ops.numpy.isneginf
tensor keras.ops.isposinf keras.ops.numpy.isposinf keras.src.ops.isposinf keras.src.ops.numpy.isposinf
tensor keras.ops.isreal keras.ops.numpy.isreal keras.src.ops.isreal keras.src.ops.numpy.isreal
tensor keras.ops.istft keras.src.ops.istft keras.src.ops.math.istft
tensor_list keras.ops.jvp keras.ops.linalg.jvp keras.src.ops.jvp keras.src.ops.linalg.jvp
tensor keras.ops.kaiser keras.ops.numpy.kaiser keras.src.ops.kaiser keras.src.ops.numpy.kaiser
tensor keras.ops.kron keras.ops.numpy.kron keras.src.ops.kron keras.src.ops.numpy.kron
tensor keras.ops.layer_normalization keras.ops.nn.layer_normalization keras.src.ops.layer_normalization keras.src.ops.nn.layer_normalization
tensor keras.ops.lcm keras.ops.numpy.lcm keras.src.ops.lcm keras.src.ops.numpy.lcm
tensor keras.ops.ldexp keras.ops.numpy.ldexp keras.src.ops.ldexp keras.src.ops.numpy.ldexp
tensor keras.ops.leaky_relu keras.ops.nn.leaky_relu keras.src.ops.leaky_relu keras.src.ops.nn.leaky_relu
tensor keras.ops.left_shift keras.ops.numpy.left_shift keras.src.ops.left_shift keras.src.ops.numpy.left_shift
tensor keras.ops.less keras.ops.numpy.less keras.src.ops.less keras.src.ops.numpy.less
tensor keras.ops.less_equal keras.ops.numpy.less_equal keras.src.ops.less_equal keras.src.ops.numpy.less_equal
tensor keras.ops.linspace keras.ops.numpy.linspace keras.src.ops.linspace keras.src.ops.numpy.linspace
tensor keras.ops.log keras.ops.numpy.log keras.src.ops.log keras.src.ops.numpy.log
tensor keras.ops.log10 keras.ops.numpy.log10 keras.src.ops.log10 keras.src.ops.numpy.log10
tensor keras.ops.log1p keras.ops.numpy.log1p keras.src.ops.log1p keras.src.ops.numpy.log1p
tensor keras.ops.log2 keras.ops.numpy.log2 keras.src.ops.log2 keras.src.ops.numpy.log2
tensor keras.ops.log_sigmoid keras.ops.nn.log_sigmoid keras.src.ops.log_sigmoid keras.src.ops.nn.log_sigmoid
tensor keras.ops.log_softmax keras.ops.nn.log_softmax keras.src.ops.log_softmax keras.src.ops.nn.log_softmax
tensor keras.ops.logaddexp keras.ops.numpy.logaddexp keras.src.ops.logaddexp keras.src.ops.numpy.logaddexp
tensor keras.ops.logaddexp2 keras.ops.numpy.logaddexp2 keras.src.ops.logaddexp2 keras.src.ops.numpy.logaddexp2
tensor keras.ops.logdet keras.src.ops.logdet keras.src.ops.math.logdet
tensor keras.ops.logical_and keras.ops.numpy.logical_and keras.src.ops.logical_and keras.src.ops.numpy.logical_and
tensor keras.ops.logical_not keras.ops.numpy.logical_not keras.src.ops.logical_not keras.src.ops.numpy.logical_not
tensor keras.ops.logical_or keras.ops.numpy.logical_or keras.src.ops.logical_or keras.src.ops.numpy.logical_or
tensor keras.ops.logical_xor keras.ops.numpy.logical_xor keras.src.ops.logical_xor keras.src.ops.numpy.logical_xor
tensor keras.ops.logspace keras.ops.numpy.logspace keras.src.ops.logspace keras.src.ops.numpy.logspace
tensor keras.ops.logsumexp keras.src.ops.logsumexp keras.src.ops.math.logsumexp
tensor keras.ops.lstsq keras.ops.linalg.lstsq keras.src.ops.linalg.lstsq keras.src.ops.lstsq
tensor_list keras.ops.lu_factor keras.ops.linalg.lu_factor keras.src.ops.linalg.lu_factor keras.src.ops.lu_factor
tensor keras.ops.map keras.src.ops.core.map keras.src.ops.map
tensor keras.ops.matmul keras.ops.numpy.matmul keras.src.ops.matmul keras.src.ops.numpy.matmul
tensor keras.ops.matrix_rank keras.ops.linalg.matrix_rank keras.src.ops.linalg.matrix_rank keras.src.ops.matrix_rank
tensor keras.ops.max keras.ops.numpy.max keras.src.ops.max keras.src.ops.numpy.max
tensor keras.ops.max_pool keras.ops.nn.max_pool keras.src.ops.max_pool keras.src.ops.nn.max_pool
tensor keras.ops.maximum keras.ops.numpy.maximum keras.src.ops.maximum keras.src.ops.numpy.maximum
tensor keras.ops.mean keras.ops.numpy.mean keras.src.ops.mean keras.src.ops.numpy.mean
tensor keras.ops.median keras.ops.numpy.median keras.src.ops.median keras.src.ops.numpy.median
tensor_list keras.ops.meshgrid keras.ops.numpy.meshgrid keras.src.ops.meshgrid keras.src.ops.numpy.meshgrid
tensor keras.ops.min keras.ops.numpy.min keras.src.ops.min keras.src.ops.numpy.min
tensor keras.ops.minimum keras.ops.numpy.minimum keras.src.ops.minimum keras.src.ops.numpy.minimum
tensor keras.ops.mod keras.ops.numpy.mod keras.src.ops.mod keras.src.ops.numpy.mod
tensor_list keras.ops.moments keras.ops.nn.moments keras.src.ops.moments keras.src.ops.nn.moments
tensor keras.ops.moveaxis keras.ops.numpy.moveaxis keras.src.ops.moveaxis keras.src.ops.numpy.moveaxis
tensor keras.ops.multi_hot keras.ops.nn.multi_hot keras.src.ops.multi_hot keras.src.ops.nn.multi_hot
tensor keras.ops.multiply keras.ops.numpy.multiply keras.src.ops.multiply keras.src.ops.numpy.multiply
tensor keras.ops.nan_to_num keras.ops.numpy.nan_to_num keras.src.ops.nan_to_num keras.src.ops.numpy.nan_to_num
tensor keras.ops.nanargmax keras.ops.numpy.nanargmax keras.src.ops.nanargmax keras.src.ops.numpy.nanargmax
tensor keras.ops.nanargmin keras.ops.numpy.nanargmin keras.src.ops.nanargmin keras.src.ops.numpy.nanargmin
tensor keras.ops.nancumprod keras.ops.numpy.nancumprod keras.src.ops.nancumprod keras.src.ops.numpy.nancumprod
tensor keras.ops.nancumsum keras.ops.numpy.nancumsum keras.src.ops.nancumsum keras.src.ops.numpy.nancumsum
tensor keras.ops.nanmax keras.ops.numpy.nanmax keras.src.ops.nanmax keras.src.ops.numpy.nanmax
tensor keras.ops.nanmean keras.ops.numpy.nanmean keras.src.ops.nanmean keras.src.ops.numpy.nanmean
tensor keras.ops.nanmedian keras.ops.numpy.nanmedian keras.src.ops.nanmedian keras.src.ops.numpy.nanmedian
tensor keras.ops.nanmin keras.ops.numpy.nanmin keras.src.ops.nanmin keras.src.ops.numpy.nanmin
tensor keras.ops.nanpercentile keras.ops.numpy.nanpercentile keras.src.ops.nanpercentile keras.src.ops.numpy.nanpercentile
tensor keras.ops.nanprod keras.ops.numpy.nanprod keras.src.ops.nanprod keras.src.ops.numpy.nanprod
tensor keras.ops.nanquantile keras.ops.numpy.nanquantile keras.src.ops.nanquantile keras.src.ops.numpy.nanquantile
tensor keras.ops.nanstd keras.ops.numpy.nanstd keras.src.ops.nanstd keras.src.ops.numpy.nanstd
tensor keras.ops.nansum keras.ops.numpy.nansum keras.src.ops.nansum keras.src.ops.numpy.nansum
tensor keras.ops.nanvar keras.ops.numpy.nanvar keras.src.ops.nanvar keras.src.ops.numpy.nanvar
int keras.ops.ndim keras.ops.numpy.ndim keras.src.ops.ndim keras.src.ops.numpy.ndim
tensor keras.ops.negative keras.ops.numpy.negative keras.src.ops.negative keras.src.ops.numpy.negative
tensor keras.ops.nextafter keras.ops.numpy.nextafter keras.src.ops.nextafter keras.src.ops.numpy.nextafter
tensor_list keras.ops.nonzero keras.ops.numpy.nonzero keras.src.ops.nonzero keras.src.ops.numpy.nonzero
tensor keras.ops.norm keras.ops.linalg.norm keras.src.ops.linalg.norm keras.src.ops.norm
tensor keras.ops.normalize keras.ops.nn.normalize keras.src.ops.nn.normalize keras.src.ops.normalize
tensor keras.ops.not_equal keras.ops.numpy.not_equal keras.src.ops.not_equal keras.src.ops.numpy.not_equal
tensor keras.ops.one_hot keras.ops.nn.one_hot keras.src.ops.nn.one_hot keras.src.ops.one_hot
tensor keras.ops.ones keras.ops.numpy.ones keras.src.ops.numpy.ones keras.src.ops.ones
tensor keras.ops.ones_like keras.ops.numpy.ones_like keras.src.ops.numpy.ones_like keras.src.ops.ones_like
tensor keras.ops.outer keras.ops.numpy.outer keras.src.ops.numpy.outer keras.src.ops.outer
tensor keras.ops.pad keras.ops.numpy.pad keras.src.ops.numpy.pad keras.src.ops.pad
tensor keras.ops.percentile keras.ops.numpy.percentile keras.src.ops.numpy.percentile keras.src.ops.percentile
tensor keras.ops.pinv keras.ops.linalg.pinv keras.src.ops.linalg.pinv keras.src.ops.pinv
tensor keras.ops.polar keras.ops.nn.polar keras.src.ops.nn.polar keras.src.ops.polar
tensor keras.ops.power keras.ops.numpy.power keras.src.ops.numpy.power keras.src.ops.power
tensor keras.ops.prod keras.ops.numpy.prod keras.src.ops.einops.prod keras.src.ops.numpy.prod keras.src.ops.prod
tensor keras.ops.psnr keras.ops.nn.psnr keras.src.ops.nn.psnr keras.src.ops.psnr
tensor keras.ops.ptp keras.ops.numpy.ptp keras.src.ops.numpy.ptp keras.src.ops.ptp
tensor_list keras.ops.qr keras.ops.linalg.qr keras.src.ops.linalg.qr keras.src.ops.qr
tensor keras.ops.quantile keras.ops.numpy.quantile keras.src.ops.numpy.quantile keras.src.ops.quantile
tensor keras.ops.rad2deg keras.ops.numpy.rad2deg keras.src.ops.numpy.rad2deg keras.src.ops.rad2deg
tensor keras.ops.ravel keras.ops.numpy.ravel keras.src.ops.numpy.ravel keras.src.ops.ravel
tensor keras.ops.real keras.ops.numpy.real keras.src.ops.numpy.real keras.src.ops.real
tensor keras.ops.rearrange keras.src.ops.einops.rearrange
tensor keras.ops.reciprocal keras.ops.numpy.reciprocal keras.src.ops.numpy.reciprocal keras.src.ops.reciprocal
tensor keras.ops.relu keras.ops.nn.relu keras.src.ops.nn.relu keras.src.ops.relu
tensor keras.ops.relu6 keras.ops.nn.relu6 keras.src.ops.nn.relu6 keras.src.ops.relu6
tensor keras.ops.repeat keras.ops.numpy.repeat keras.src.ops.numpy.repeat keras.src.ops.repeat
tensor keras.ops.reshape keras.ops.numpy.reshape keras.src.ops.einops.reshape keras.src.ops.numpy.reshape keras.src.ops.reshape
tensor_list keras.ops.rfft keras.src.ops.math.rfft keras.src.ops.rfft
tensor keras.ops.right_shift keras.ops.numpy.right_shift keras.src.ops.numpy.right_shift keras.src.ops.right_shift
tensor keras.ops.rms_normalization keras.ops.nn.rms_normalization keras.src.ops.nn.rms_normalization keras.src.ops.rms_normalization
tensor keras.ops.roll keras.ops.numpy.roll keras.src.ops.numpy.roll keras.src.ops.roll
tensor keras.ops.rot90 keras.ops.numpy.rot90 keras.src.ops.numpy.rot90 keras.src.ops.rot90
tensor keras.ops.round keras.ops.numpy.round keras.src.ops.numpy.round keras.src.ops.round
tensor keras.ops.rsqrt keras.src.ops.math.rsqrt keras.src.ops.rsqrt
tensor keras.ops.saturate_cast keras.src.ops.core.saturate_cast keras.src.ops.saturate_cast
tensor keras.ops.scan keras.src.ops.core.scan keras.src.ops.scan
tensor keras.ops.scatter keras.src.ops.core.scatter keras.src.ops.scatter
tensor keras.ops.scatter_update keras.src.ops.core.scatter_update keras.src.ops.scatter_update
tensor keras.ops.searchsorted keras.ops.numpy.searchsorted keras.src.ops.numpy.searchsorted keras.src.ops.searchsorted
tensor keras.ops.segment_max keras.src.ops.math.segment_max keras.src.ops.segment_max
tensor keras.ops.segment_min keras.src.ops.math.segment_min keras.src.ops.segment_min
tensor keras.ops.segment_prod keras.src.ops.math.segment_prod keras.src.ops.segment_prod
tensor keras.ops.segment_sum keras.src.ops.math.segment_sum keras.src.ops.segment_sum
tensor keras.ops.select keras.ops.numpy.select keras.src.ops.numpy.select keras.src.ops.select
tensor keras.ops.selu keras.ops.nn.selu keras.src.ops.nn.selu keras.src.ops.selu
tensor keras.ops.separable_conv keras.ops.nn.separable_conv keras.src.ops.nn.separable_conv keras.src.ops.separable_conv
shape keras.ops.shape keras.src.ops.core.shape keras.src.ops.einops.shape keras.src.ops.shape
tensor keras.ops.sigmoid keras.ops.nn.sigmoid keras.src.ops.nn.sigmoid keras.src.ops.sigmoid
tensor keras.ops.sign keras.ops.numpy.sign keras.src.ops.numpy.sign keras.src.ops.sign
tensor keras.ops.signbit keras.ops.numpy.signbit keras.src.ops.numpy.signbit keras.src.ops.signbit
tensor keras.ops.silu keras.ops.nn.silu keras.ops.nn.swish keras.ops.swish keras.src.ops.nn.silu keras.src.ops.silu
tensor keras.ops.sin keras.ops.numpy.sin keras.src.ops.numpy.sin keras.src.ops.sin
tensor keras.ops.sinc keras.ops.numpy.sinc keras.src.ops.numpy.sinc keras.src.ops.sinc
tensor keras.ops.sinh keras.ops.numpy.sinh keras.src.ops.numpy.sinh keras.src.ops.sinh
tensor keras.ops.size keras.ops.numpy.size keras.src.ops.numpy.size keras.src.ops.size
tensor keras.ops.slice keras.src.ops.core.slice keras.src.ops.slice
tensor keras.ops.slice_update keras.src.ops.core.slice_update keras.src.ops.slice_update
tensor_list keras.ops.slogdet keras.ops.numpy.slogdet keras.src.ops.numpy.slogdet keras.src.ops.slogdet
tensor keras.ops.soft_shrink keras.ops.nn.soft_shrink keras.src.ops.nn.soft_shrink keras.src.ops.soft_shrink
tensor keras.ops.softmax keras.ops.nn.softmax keras.src.ops.nn.softmax keras.src.ops.softmax
tensor keras.ops.softplus keras.ops.nn.softplus keras.src.ops.nn.softplus keras.src.ops.softplus
tensor keras.ops.softsign keras.ops.nn.softsign keras.src.ops.nn.softsign keras.src.ops.softsign
tensor keras.ops.solve keras.ops.linalg.solve keras.src.ops.linalg.solve keras.src.ops.solve
tensor keras.ops.solve_triangular keras.ops.linalg.solve_triangular keras.src.ops.linalg.solve_triangular keras.src.ops.solve_triangular
tensor keras.ops.sort keras.ops.numpy.sort keras.src.ops.numpy.sort keras.src.ops.sort
tensor keras.ops.space_to_depth keras.ops.nn.space_to_depth keras.src.ops.nn.space_to_depth keras.src.ops.space_to_depth
tensor keras.ops.sparse_categorical_crossentropy keras.ops.nn.sparse_categorical_crossentropy keras.src.ops.nn.sparse_categorical_crossentropy keras.src.ops.sparse_categorical_crossentropy
tensor keras.ops.sparse_plus keras.ops.nn.sparse_plus keras.src.ops.nn.sparse_plus keras.src.ops.sparse_plus
tensor keras.ops.sparse_sigmoid keras.ops.nn.sparse_sigmoid keras.src.ops.nn.sparse_sigmoid keras.src.ops.sparse_sigmoid
tensor keras.ops.sparsemax keras.ops.nn.sparsemax keras.src.ops.nn.sparsemax keras.src.ops.sparsemax
tensor_list keras.ops.split keras.ops.numpy.split keras.src.ops.numpy.split keras.src.ops.split
tensor keras.ops.sqrt keras.ops.numpy.sqrt keras.src.ops.numpy.sqrt keras.src.ops.sqrt
tensor keras.ops.square keras.ops.numpy.square keras.src.ops.numpy.square keras.src.ops.square
tensor keras.ops.squareplus keras.ops.nn.squareplus keras.src.ops.nn.squareplus keras.src.ops.squareplus
tensor keras.ops.squeeze keras.ops.numpy.squeeze keras.src.ops.numpy.squeeze keras.src.ops.squeeze
tensor keras.ops.stack keras.ops.numpy.stack keras.src.ops.numpy.stack keras.src.ops.stack
tensor keras.ops.std keras.ops.numpy.std keras.src.ops.numpy.std keras.src.ops.std
tensor_list keras.ops.stft keras.src.ops.math.stft keras.src.ops.stft
tensor keras.ops.stop_gradient keras.src.ops.core.stop_gradient keras.src.ops.stop_gradient
tensor keras.ops.subtract keras.ops.numpy.subtract keras.src.ops.numpy.subtract keras.src.ops.subtract
tensor keras.ops.sum keras.ops.numpy.sum keras.src.ops.numpy.sum keras.src.ops.sum
tensor_list keras.ops.svd keras.ops.linalg.svd keras.src.ops.linalg.svd keras.src.ops.svd
tensor keras.ops.swapaxes keras.ops.numpy.swapaxes keras.src.ops.numpy.swapaxes keras.src.ops.swapaxes
tensor keras.ops.switch keras.src.ops.core.switch keras.src.ops.switch
tensor keras.ops.take keras.ops.numpy.take keras.src.ops.numpy.take keras.src.ops.take
tensor keras.ops.take_along_axis keras.ops.numpy.take_along_axis keras.src.ops.numpy.take_along_axis keras.src.ops.take_along_axis
tensor keras.ops.tan keras.ops.numpy.tan keras.src.ops.numpy.tan keras.src.ops.tan
tensor keras.ops.tanh keras.ops.numpy.tanh keras.src.ops.numpy.tanh keras.src.ops.tanh
tensor keras.ops.tanh_shrink keras.ops.nn.tanh_shrink keras.src.ops.nn.tanh_shrink keras.src.ops.tanh_shrink
tensor keras.ops.tensordot keras.ops.numpy.tensordot keras.src.ops.numpy.tensordot keras.src.ops.tensordot
tensor keras.ops.threshold keras.ops.nn.threshold keras.src.ops.nn.threshold keras.src.ops.threshold
tensor keras.ops.tile keras.ops.numpy.tile keras.src.ops.numpy.tile keras.src.ops.tile
tensor_list keras.ops.top_k keras.src.ops.math.top_k keras.src.ops.top_k
tensor keras.ops.trace keras.ops.numpy.trace keras.src.ops.numpy.trace keras.src.ops.trace
tensor keras.ops.transpose keras.ops.numpy.transpose keras.src.ops.einops.transpose keras.src.ops.numpy.transpose keras.src.ops.transpose
tensor keras.ops.trapezoid keras.ops.numpy.trapezoid keras.src.ops.numpy.trapezoid keras.src.ops.trapezoid
tensor keras.ops.tri keras.ops.numpy.tri keras.src.ops.numpy.tri keras.src.ops.tri
tensor keras.ops.tril keras.ops.numpy.tril keras.src.ops.numpy.tril keras.src.ops.tril
tensor keras.ops.triu keras.ops.numpy.triu keras.src.ops.numpy.triu keras.src.ops.triu
tensor keras.ops.true_divide keras.ops.numpy.true_divide keras.src.ops.numpy.true_divide keras.src.ops.true_divide
tensor keras.ops.trunc keras.ops.numpy.trunc keras.src.ops.numpy.trunc keras.src.ops.trunc
tensor keras.ops.unfold keras.ops.nn.unfold keras.src.ops.nn.unfold keras.src.ops.unfold
tensor keras.ops.unique keras.ops.numpy.unique keras.src.ops.numpy.unique keras.src.ops.unique
tensor_list keras.ops.unravel_index keras.ops.numpy.unravel_index keras.src.ops.numpy.unravel_index keras.src.ops.unravel_index
tensor_list keras.ops.unstack keras.src.ops.core.unstack keras.src.ops.unstack
tensor keras.ops.vander keras.ops.numpy.vander keras.src.ops.numpy.vander keras.src.ops.vander
tensor keras.ops.var keras.ops.numpy.var keras.src.ops.numpy.var keras.src.ops.var
tensor keras.ops.vdot keras.ops.numpy.vdot keras.src.ops.numpy.vdot keras.src.ops.vdot
- keras.ops.vectorize keras.ops.numpy.vectorize keras.src.ops.numpy.vectorize keras.src.ops.vectorize
tensor keras.ops.vectorized_map keras.src.ops.core.vectorized_map keras.src.ops.vectorized_map
tensor keras.ops.view keras.ops.numpy.view keras.src.ops.numpy.view keras.src.ops.view
tensor keras.ops.view_as_complex keras.src.ops.math.view_as_complex keras.src.ops.view_as_complex
tensor keras.ops.view_as_real keras.src.ops.math.view_as_real keras.src.ops.view_as_real
tensor_list keras.ops.vsplit keras.ops.numpy.vsplit keras.src.ops.numpy.vsplit keras.src.ops.vsplit
tensor keras.ops.vstack keras.ops.numpy.vstack keras.src.ops.numpy.vstack keras.src.ops.vstack
tensor keras.ops.where keras.ops.numpy.where keras.src.ops.numpy.where keras.src.ops.where
tensor_list keras.ops.while_loop keras.src.ops.core.while_loop keras.src.ops.while_loop
tensor keras.ops.zeros keras.ops.numpy.zeros keras.src.ops.numpy.zeros keras.src.ops.zeros
tensor keras.ops.zeros_like keras.ops.numpy.zeros_like keras.src.ops.numpy.zeros_like keras.src.ops.zeros_like
optimizer@12 keras.optimizers.Adadelta keras.src.optimizers.Adadelta keras.src.optimizers.adadelta.Adadelta
optimizer@15 keras.optimizers.Adafactor keras.src.optimizers.Adafactor keras.src.optimizers.adafactor.Adafactor
optimizer@12 keras.optimizers.Adagrad keras.src.optimizers.Adagrad keras.src.optimizers.adagrad.Adagrad
optimizer@14 keras.optimizers.Adam keras.src.optimizers.Adam keras.src.optimizers.adam.Adam
optimizer@14 keras.optimizers.AdamW keras.src.optimizers.AdamW keras.src.optimizers.adamw.AdamW
optimizer@13 keras.optimizers.Adamax keras.src.optimizers.Adamax keras.src.optimizers.adamax.Adamax
optimizer@16 keras.optimizers.Ftrl keras.src.optimizers.Ftrl keras.src.optimizers.ftrl.Ftrl
optimizer@13 keras.optimizers.Lamb keras.src.optimizers.lamb.Lamb
optimizer@12 keras.optimizers.Lion keras.src.optimizers.Lion keras.src.optimizers.lion.Lion
optimizer@3 keras.optimizers.LossScaleOptimizer keras.mixed_precision.LossScaleOptimizer keras.src.optimizers.LossScaleOptimizer keras.src.optimizers.loss_scale_optimizer.LossScaleOptimizer keras.src.optimizers.multi_optimizer.LossScaleOptimizer keras.src.trainers.trainer.LossScaleOptimizer
optimizer keras.optimizers.LossScaleOptimizer.from_config
optimizer@2 keras.optimizers.MultiOptimizer keras.src.optimizers.MultiOptimizer keras.src.optimizers.multi_optimizer.MultiOptimizer
optimizer keras.optimizers.MultiOptimizer.from_config
optimizer@14 keras.optimizers.Muon keras.src.optimizers.Muon keras.src.optimizers.muon.Muon
optimizer@13 keras.optimizers.Nadam keras.src.optimizers.Nadam keras.src.optimizers.nadam.Nadam
- keras.optimizers.OptimizerMap keras.src.optimizers.OptimizerMap keras.src.optimizers.multi_optimizer.OptimizerMap
optimizer@14 keras.optimizers.RMSprop keras.src.optimizers.RMSprop keras.src.optimizers.rmsprop.RMSprop
optimizer@12 keras.optimizers.SGD keras.src.optimizers.SGD keras.src.optimizers.sgd.SGD
optimizer@14 keras.optimizers.ScheduleFreeAdamW keras.src.optimizers.ScheduleFreeAdamW keras.src.optimizers.schedule_free_adamw.ScheduleFreeAdamW
- keras.optimizers.deserialize keras.src.optimizers.deserialize
- keras.optimizers.get keras.src.optimizers.get
- keras.optimizers.legacy.Adagrad keras.optimizers.legacy.Adam keras.optimizers.legacy.Ftrl keras.optimizers.legacy.Optimizer keras.optimizers.legacy.RMSprop keras.optimizers.legacy.SGD keras.src.optimizers.LegacyOptimizerWarning
-@3 keras.optimizers.schedules.CosineDecay keras.src.optimizers.schedules.CosineDecay keras.src.optimizers.schedules.learning_rate_schedule.CosineDecay
-@5 keras.optimizers.schedules.CosineDecayRestarts keras.src.optimizers.schedules.CosineDecayRestarts keras.src.optimizers.schedules.learning_rate_schedule.CosineDecayRestarts
-@4 keras.optimizers.schedules.ExponentialDecay keras.src.optimizers.schedules.ExponentialDecay keras.src.optimizers.schedules.learning_rate_schedule.ExponentialDecay
-@4 keras.optimizers.schedules.InverseTimeDecay keras.src.optimizers.schedules.InverseTimeDecay keras.src.optimizers.schedules.learning_rate_schedule.InverseTimeDecay
- keras.optimizers.schedules.LearningRateSchedule keras.src.optimizers.schedules.learning_rate_schedule.LearningRateSchedule
-@2 keras.optimizers.schedules.PiecewiseConstantDecay keras.src.optimizers.schedules.PiecewiseConstantDecay keras.src.optimizers.schedules.learning_rate_schedule.PiecewiseConstantDecay
-@5 keras.optimizers.schedules.PolynomialDecay keras.src.optimizers.schedules.PolynomialDecay keras.src.optimizers.schedules.learning_rate_schedule.PolynomialDecay
- keras.optimizers.schedules.deserialize keras.src.optimizers.schedules.learning_rate_schedule.deserialize
- keras.optimizers.schedules.serialize keras.src.optimizers.schedules.learning_rate_schedule.serialize
- keras.optimizers.serialize keras.src.optimizers.serialize
- keras.preprocessing.image.smart_resize keras.src.utils.image_utils.smart_resize
- keras.quantizers.AWQConfig keras.src.quantizers.AWQConfig keras.src.quantizers.awq_config.AWQConfig keras.src.quantizers.awq_core.AWQConfig
- keras.quantizers.AbsMaxQuantizer keras.src.quantizers.AbsMaxQuantizer keras.src.quantizers.quantizers.AbsMaxQuantizer
- keras.quantizers.Float8QuantizationConfig keras.src.quantizers.Float8QuantizationConfig keras.src.quantizers.quantization_config.Float8QuantizationConfig
- keras.quantizers.GPTQConfig keras.src.quantizers.gptq.GPTQConfig keras.src.quantizers.gptq_config.GPTQConfig keras.src.quantizers.gptq_core.GPTQConfig keras.src.quantizers.quantizers.GPTQConfig
- keras.quantizers.Int4QuantizationConfig keras.src.quantizers.Int4QuantizationConfig keras.src.quantizers.quantization_config.Int4QuantizationConfig
- keras.quantizers.Int8QuantizationConfig keras.src.quantizers.Int8QuantizationConfig keras.src.quantizers.quantization_config.Int8QuantizationConfig
- keras.quantizers.QuantizationConfig keras.src.layers.core.dense.QuantizationConfig keras.src.layers.core.einsum_dense.QuantizationConfig keras.src.layers.core.embedding.QuantizationConfig keras.src.layers.core.reversible_embedding.QuantizationConfig keras.src.quantizers.QuantizationConfig keras.src.quantizers.awq_config.QuantizationConfig keras.src.quantizers.gptq_config.QuantizationConfig keras.src.quantizers.quantization_config.QuantizationConfig
- keras.quantizers.abs_max_quantize keras.src.quantizers.abs_max_quantize keras.src.quantizers.quantizers.abs_max_quantize
- keras.quantizers.abs_max_quantize_grouped_with_zero_point keras.src.quantizers.abs_max_quantize_grouped_with_zero_point keras.src.quantizers.quantizers.abs_max_quantize_grouped_with_zero_point
- keras.quantizers.compute_float8_amax_history keras.src.quantizers.compute_float8_amax_history keras.src.quantizers.quantizers.compute_float8_amax_history
- keras.quantizers.compute_float8_scale keras.src.quantizers.compute_float8_scale keras.src.quantizers.quantizers.compute_float8_scale
- keras.quantizers.deserialize keras.src.quantizers.deserialize
- keras.quantizers.fake_quant_with_min_max_vars keras.src.quantizers.fake_quant_with_min_max_vars keras.src.quantizers.quantizers.fake_quant_with_min_max_vars
- keras.quantizers.get keras.src.quantizers.get
- keras.quantizers.pack_int4 keras.src.quantizers.pack_int4 keras.src.quantizers.quantizers.pack_int4
- keras.quantizers.quantize_and_dequantize keras.src.quantizers.quantize_and_dequantize keras.src.quantizers.quantizers.quantize_and_dequantize
- keras.quantizers.serialize keras.src.quantizers.serialize
- keras.quantizers.unpack_int4 keras.src.quantizers.quantizers.unpack_int4 keras.src.quantizers.unpack_int4
-@1 keras.random.SeedGenerator keras.src.backend.tensorflow.random.SeedGenerator keras.src.layers.preprocessing.data_layer.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.aug_mix.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.cut_mix.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.mix_up.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.rand_augment.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.random_brightness.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.random_color_degeneration.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.random_color_jitter.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.random_contrast.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.random_crop.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.random_elastic_transform.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.random_erasing.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.random_flip.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.random_gaussian_blur.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.random_perspective.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.random_rotation.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.random_saturation.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.random_sharpness.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.random_shear.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.random_translation.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.random_zoom.SeedGenerator keras.src.layers.preprocessing.image_preprocessing.solarization.SeedGenerator keras.src.random.SeedGenerator keras.src.random.seed_generator.SeedGenerator
tensor keras.random.beta keras.src.random.random.beta
tensor keras.random.binomial keras.src.random.random.binomial
tensor keras.random.categorical keras.src.random.categorical keras.src.random.random.categorical
tensor keras.random.dropout keras.src.random.dropout keras.src.random.random.dropout
tensor keras.random.gamma keras.src.random.gamma keras.src.random.random.gamma
tensor keras.random.normal keras.src.random.normal keras.src.random.random.normal
tensor keras.random.randint keras.src.random.randint keras.src.random.random.randint
tensor keras.random.shuffle keras.src.random.random.shuffle keras.src.random.shuffle
tensor keras.random.truncated_normal keras.src.random.random.truncated_normal keras.src.random.truncated_normal
tensor keras.random.uniform keras.src.random.random.uniform keras.src.random.uniform
- keras.regularizers.L1 keras.regularizers.l1 keras.src.regularizers.L1 keras.src.regularizers.regularizers.L1
- keras.regularizers.L1L2 keras.regularizers.l1_l2 keras.src.regularizers.L1L2 keras.src.regularizers.regularizers.L1L2
- keras.regularizers.L2 keras.regularizers.l2 keras.src.regularizers.L2 keras.src.regularizers.regularizers.L2
- keras.regularizers.OrthogonalRegularizer keras.regularizers.orthogonal_regularizer keras.src.regularizers.OrthogonalRegularizer keras.src.regularizers.regularizers.OrthogonalRegularizer
- keras.regularizers.deserialize keras.src.regularizers.deserialize
- keras.regularizers.get keras.src.regularizers.get
- keras.regularizers.serialize keras.src.regularizers.serialize
- keras.remat keras.src.backend.common.remat.remat
- keras.saving.CustomObjectScope keras.saving.custom_object_scope keras.src.saving.CustomObjectScope keras.src.saving.custom_object_scope keras.src.saving.object_registration.CustomObjectScope keras.src.saving.object_registration.custom_object_scope keras.utils.CustomObjectScope keras.utils.custom_object_scope
- keras.saving.KerasFileEditor keras.src.saving.file_editor.KerasFileEditor
- keras.saving.deserialize_keras_object keras.src.layers.core.masking.deserialize_keras_object keras.src.saving.deserialize_keras_object keras.src.saving.saving_lib.deserialize_keras_object keras.src.saving.serialization_lib.deserialize_keras_object keras.utils.deserialize_keras_object
- keras.saving.get_custom_objects keras.src.saving.get_custom_objects keras.src.saving.object_registration.get_custom_objects keras.utils.get_custom_objects
- keras.saving.get_registered_name keras.src.saving.get_registered_name keras.src.saving.object_registration.get_registered_name keras.utils.get_registered_name
-@0 keras.saving.get_registered_object keras.src.saving.get_registered_object keras.src.saving.object_registration.get_registered_object keras.utils.get_registered_object
- keras.saving.load_model keras.models.load_model keras.src.saving.load_model keras.src.saving.saving_api.load_model
- keras.saving.load_weights keras.src.saving.saving_api.load_weights
-@1 keras.saving.register_keras_serializable keras.src.saving.object_registration.register_keras_serializable keras.src.saving.register_keras_serializable keras.utils.register_keras_serializable
- keras.saving.save_model keras.models.save_model keras.src.saving.saving_api.save_model
- keras.saving.save_weights keras.src.saving.saving_api.save_weights
- keras.saving.serialize_keras_object keras.src.saving.saving_lib.serialize_keras_object keras.src.saving.serialization_lib.serialize_keras_object keras.src.saving.serialize_keras_object keras.utils.serialize_keras_object
- keras.tree.MAP_TO_NONE keras.src.tree.tree_api.MAP_TO_NONE
- keras.tree.assert_same_paths keras.src.tree.assert_same_paths keras.src.tree.tree_api.assert_same_paths
- keras.tree.assert_same_structure keras.src.tree.assert_same_structure keras.src.tree.tree_api.assert_same_structure
- keras.tree.flatten keras.src.tree.flatten keras.src.tree.tree_api.flatten
- keras.tree.flatten_with_path keras.src.tree.flatten_with_path keras.src.tree.tree_api.flatten_with_path
- keras.tree.is_nested keras.src.tree.is_nested keras.src.tree.tree_api.is_nested
- keras.tree.lists_to_tuples keras.src.tree.lists_to_tuples keras.src.tree.tree_api.lists_to_tuples
- keras.tree.map_shape_structure keras.src.tree.map_shape_structure keras.src.tree.tree_api.map_shape_structure
- keras.tree.map_structure keras.src.tree.map_structure keras.src.tree.tree_api.map_structure
- keras.tree.map_structure_up_to keras.src.tree.map_structure_up_to keras.src.tree.tree_api.map_structure_up_to
- keras.tree.pack_sequence_as keras.src.tree.pack_sequence_as keras.src.tree.tree_api.pack_sequence_as
- keras.tree.traverse keras.src.tree.traverse keras.src.tree.tree_api.traverse
- keras.utils.Config keras.src.utils.config.Config
layer@6 keras.utils.FeatureSpace keras.src.layers.preprocessing.feature_space.FeatureSpace
layer keras.utils.FeatureSpace.from_config
- keras.utils.Progbar keras.src.callbacks.progbar_logger.Progbar keras.src.utils.Progbar keras.src.utils.file_utils.Progbar keras.src.utils.progbar.Progbar
- keras.utils.PyDataset keras.src.layers.preprocessing.normalization.PyDataset keras.src.legacy.preprocessing.image.PyDataset keras.src.legacy.preprocessing.sequence.PyDataset keras.src.trainers.data_adapters.py_dataset_adapter.PyDataset keras.utils.Sequence
- keras.utils.array_to_img keras.preprocessing.image.array_to_img keras.src.utils.array_to_img keras.src.utils.image_utils.array_to_img
- keras.utils.audio_dataset_from_directory keras.src.utils.audio_dataset_from_directory keras.src.utils.audio_dataset_utils.audio_dataset_from_directory
- keras.utils.bounding_boxes.affine_transform keras.src.layers.preprocessing.image_preprocessing.bounding_boxes.converters.affine_transform
- keras.utils.bounding_boxes.clip_to_image_size keras.src.layers.preprocessing.image_preprocessing.bounding_boxes.converters.clip_to_image_size keras.src.layers.preprocessing.image_preprocessing.center_crop.clip_to_image_size keras.src.layers.preprocessing.image_preprocessing.random_flip.clip_to_image_size keras.src.layers.preprocessing.image_preprocessing.random_perspective.clip_to_image_size keras.src.layers.preprocessing.image_preprocessing.random_shear.clip_to_image_size keras.src.layers.preprocessing.image_preprocessing.random_translation.clip_to_image_size keras.src.layers.preprocessing.image_preprocessing.random_zoom.clip_to_image_size keras.src.layers.preprocessing.image_preprocessing.resizing.clip_to_image_size
- keras.utils.bounding_boxes.compute_ciou keras.src.layers.preprocessing.image_preprocessing.bounding_boxes.iou.compute_ciou
- keras.utils.bounding_boxes.compute_iou keras.src.layers.preprocessing.image_preprocessing.bounding_boxes.iou.compute_iou
- keras.utils.bounding_boxes.convert_format keras.src.layers.preprocessing.image_preprocessing.bounding_boxes.converters.convert_format keras.src.layers.preprocessing.image_preprocessing.center_crop.convert_format keras.src.layers.preprocessing.image_preprocessing.random_crop.convert_format keras.src.layers.preprocessing.image_preprocessing.random_flip.convert_format keras.src.layers.preprocessing.image_preprocessing.random_perspective.convert_format keras.src.layers.preprocessing.image_preprocessing.random_shear.convert_format keras.src.layers.preprocessing.image_preprocessing.random_translation.convert_format keras.src.layers.preprocessing.image_preprocessing.random_zoom.convert_format keras.src.layers.preprocessing.image_preprocessing.resizing.convert_format keras.src.visualization.draw_bounding_boxes.convert_format
- keras.utils.bounding_boxes.crop keras.src.layers.preprocessing.image_preprocessing.bounding_boxes.converters.crop
- keras.utils.bounding_boxes.decode_deltas_to_boxes keras.src.layers.preprocessing.image_preprocessing.bounding_boxes.converters.decode_deltas_to_boxes
- keras.utils.bounding_boxes.encode_box_to_deltas keras.src.layers.preprocessing.image_preprocessing.bounding_boxes.converters.encode_box_to_deltas
- keras.utils.bounding_boxes.pad keras.src.layers.preprocessing.image_preprocessing.bounding_boxes.converters.pad
- keras.utils.clear_session keras.backend.clear_session keras.src.backend.common.global_state.clear_session
- keras.utils.get_file keras.src.datasets.boston_housing.get_file keras.src.datasets.california_housing.get_file keras.src.datasets.cifar10.get_file keras.src.datasets.cifar100.get_file keras.src.datasets.fashion_mnist.get_file keras.src.datasets.imdb.get_file keras.src.datasets.mnist.get_file keras.src.datasets.reuters.get_file keras.src.utils.file_utils.get_file keras.src.utils.get_file
- keras.utils.get_source_inputs keras.src.ops.operation_utils.get_source_inputs
- keras.utils.image_dataset_from_directory keras.preprocessing.image_dataset_from_directory keras.src.utils.image_dataset_from_directory keras.src.utils.image_dataset_utils.image_dataset_from_directory
- keras.utils.img_to_array keras.preprocessing.image.img_to_array keras.src.utils.image_utils.img_to_array keras.src.utils.img_to_array
- keras.utils.is_keras_tensor keras.backend.is_keras_tensor keras.src.backend.common.keras_tensor.is_keras_tensor keras.src.backend.is_keras_tensor
- keras.utils.load_img keras.preprocessing.image.load_img keras.src.utils.image_utils.load_img keras.src.utils.load_img
- keras.utils.model_to_dot keras.src.utils.model_to_dot keras.src.utils.model_visualization.model_to_dot
- keras.utils.normalize keras.src.layers.merging.dot.normalize keras.src.layers.normalization.spectral_normalization.normalize keras.src.losses.losses.normalize keras.src.metrics.regression_metrics.normalize keras.src.regularizers.regularizers.normalize keras.src.utils.normalize keras.src.utils.numerical_utils.normalize
- keras.utils.pack_x_y_sample_weight keras.src.trainers.data_adapters.data_adapter_utils.pack_x_y_sample_weight
- keras.utils.pad_sequences keras.preprocessing.sequence.pad_sequences keras.src.utils.pad_sequences keras.src.utils.sequence_utils.pad_sequences
- keras.utils.plot_model keras.src.saving.saving_lib.plot_model keras.src.utils.model_visualization.plot_model keras.src.utils.plot_model
- keras.utils.save_img keras.preprocessing.image.save_img keras.src.utils.image_utils.save_img keras.src.utils.save_img
- keras.utils.set_random_seed keras.src.utils.rng_utils.set_random_seed keras.src.utils.set_random_seed
- keras.utils.split_dataset keras.src.utils.dataset_utils.split_dataset keras.src.utils.split_dataset
- keras.utils.standardize_dtype keras.backend.standardize_dtype keras.src.backend.common.dtypes.standardize_dtype keras.src.backend.common.standardize_dtype keras.src.backend.common.variables.standardize_dtype keras.src.backend.standardize_dtype keras.src.backend.tensorflow.core.standardize_dtype keras.src.backend.tensorflow.linalg.standardize_dtype keras.src.backend.tensorflow.math.standardize_dtype keras.src.backend.tensorflow.numpy.standardize_dtype keras.src.backend.tensorflow.random.standardize_dtype keras.src.initializers.constant_initializers.standardize_dtype keras.src.utils.jax_layer.standardize_dtype
- keras.utils.text_dataset_from_directory keras.preprocessing.text_dataset_from_directory keras.src.utils.text_dataset_from_directory keras.src.utils.text_dataset_utils.text_dataset_from_directory
- keras.utils.timeseries_dataset_from_array keras.preprocessing.timeseries_dataset_from_array keras.src.utils.timeseries_dataset_from_array keras.src.utils.timeseries_dataset_utils.timeseries_dataset_from_array
- keras.utils.to_categorical keras.src.utils.numerical_utils.to_categorical keras.src.utils.to_categorical
- keras.utils.unpack_x_y_sample_weight keras.src.trainers.data_adapters.data_adapter_utils.unpack_x_y_sample_weight
- keras.version keras.src.version.version
- keras.visualization.draw_bounding_boxes keras.src.visualization.draw_bounding_boxes.draw_bounding_boxes keras.src.visualization.plot_bounding_box_gallery.draw_bounding_boxes
- keras.visualization.draw_segmentation_masks keras.src.visualization.draw_segmentation_masks.draw_segmentation_masks keras.src.visualization.plot_segmentation_mask_gallery.draw_segmentation_masks
- keras.visualization.plot_bounding_box_gallery keras.src.visualization.plot_bounding_box_gallery.plot_bounding_box_gallery
- keras.visualization.plot_image_gallery keras.src.visualization.plot_bounding_box_gallery.plot_image_gallery keras.src.visualization.plot_image_gallery.plot_image_gallery keras.src.visualization.plot_segmentation_mask_gallery.plot_image_gallery
- keras.visualization.plot_segmentation_mask_gallery keras.src.visualization.plot_segmentation_mask_gallery.plot_segmentation_mask_gallery
- keras.wrappers.SKLearnClassifier keras.src.wrappers.SKLearnClassifier keras.src.wrappers.sklearn_wrapper.SKLearnClassifier
- keras.wrappers.SKLearnRegressor keras.src.wrappers.SKLearnRegressor keras.src.wrappers.sklearn_wrapper.SKLearnRegressor
- keras.wrappers.SKLearnTransformer keras.src.wrappers.SKLearnTransformer keras.src.wrappers.sklearn_wrapper.SKLearnTransformer
- tensorflow.AggregationMethod tensorflow.python.ops.gradients.AggregationMethod tensorflow.python.ops.gradients_util.AggregationMethod tensorflow.python.ops.standard_ops.AggregationMethod
-@0 tensorflow.CriticalSection tensorflow.python.ops.critical_section_ops.CriticalSection tensorflow.python.ops.standard_ops.CriticalSection
- tensorflow.DeviceSpec tensorflow.python.framework.device.DeviceSpec tensorflow.python.framework.device_spec.DeviceSpecV2
tape tensorflow.GradientTape tensorflow.autodiff.GradientTape tensorflow.python.eager.backprop.GradientTape tensorflow.python.keras.engine.training_eager_v1.GradientTape tensorflow.python.ops.gradients.GradientTape tensorflow.python.ops.standard_ops.GradientTape
- tensorflow.Graph tensorflow.python.framework.ops.Graph
tensor tensorflow.IndexedSlices tensorflow.python.framework.indexed_slices.IndexedSlices
spec tensorflow.IndexedSlicesSpec tensorflow.python.framework.indexed_slices.IndexedSlicesSpec
-@0 tensorflow.Module tensorflow.python.module.module.Module
spec tensorflow.NoneTensorSpec tensorflow.python.data.util.structure.NoneTensorSpec tensorflow.python.framework.none_tensor.NoneTensorSpec
spec tensorflow.NoneTensorSpec.from_value
- tensorflow.Operation tensorflow.python.framework.ops.Operation
spec tensorflow.OptionalSpec tensorflow.compat.v1.data.experimental.OptionalStructure tensorflow.python.data.experimental.OptionalStructure tensorflow.python.data.ops.optional_ops.OptionalSpec
spec tensorflow.OptionalSpec.from_value
tensor tensorflow.RaggedTensor tensorflow.python.ops.ragged.ragged_squeeze_op.RaggedTensor tensorflow.python.ops.ragged.ragged_tensor.RaggedTensor
tensor tensorflow.RaggedTensor.from_nested_row_lengths
tensor tensorflow.RaggedTensor.from_nested_row_splits
tensor tensorflow.RaggedTensor.from_nested_value_rowids
tensor tensorflow.RaggedTensor.from_row_lengths
tensor tensorflow.RaggedTensor.from_row_limits
tensor tensorflow.RaggedTensor.from_row_splits
tensor tensorflow.RaggedTensor.from_row_starts
tensor tensorflow.RaggedTensor.from_sparse
tensor tensorflow.RaggedTensor.from_tensor
tensor tensorflow.RaggedTensor.from_uniform_row_length
tensor tensorflow.RaggedTensor.from_value_rowids
spec tensorflow.RaggedTensorSpec tensorflow.python.framework.type_utils.RaggedTensorSpec tensorflow.python.ops.ragged.ragged_tensor.RaggedTensorSpec
spec tensorflow.RaggedTensorSpec.from_value
- tensorflow.RegisterGradient tensorflow.python.framework.ops.RegisterGradient
spec tensorflow.SparseTensorSpec tensorflow.python.framework.sparse_tensor.SparseTensorSpec
spec tensorflow.SparseTensorSpec.from_value
tensor tensorflow.Tensor tensorflow.experimental.numpy.ndarray tensorflow.python.framework.tensor.Tensor tensorflow.python.ops.numpy_ops.np_arrays.ndarray
tensor_array@10 tensorflow.TensorArray tensorflow.python.ops.standard_ops.TensorArray tensorflow.python.ops.tensor_array_ops.TensorArray
spec tensorflow.TensorArraySpec tensorflow.python.ops.standard_ops.TensorArraySpec tensorflow.python.ops.tensor_array_ops.TensorArraySpec
spec tensorflow.TensorArraySpec.from_value
shape tensorflow.TensorShape tensorflow.python.framework.tensor_shape.TensorShape tensorflow.python.tpu.tpu_embedding_v2.TensorShape tensorflow.python.tpu.tpu_embedding_v2_utils.TensorShape
shape tensorflow.TensorShape.experimental_from_proto
spec@2 tensorflow.TensorSpec tensorflow.python.framework.tensor.TensorSpec tensorflow.python.framework.tensor_spec.TensorSpec
spec tensorflow.TensorSpec.experimental_from_proto
spec tensorflow.TensorSpec.from_spec
spec tensorflow.TensorSpec.from_tensor
spec tensorflow.TypeSpec tensorflow.compat.v1.data.experimental.Structure tensorflow.python.data.experimental.Structure tensorflow.python.framework.type_spec.TypeSpec
spec tensorflow.TypeSpec.experimental_from_proto
- tensorflow.UnconnectedGradients tensorflow.python.eager.backprop.UnconnectedGradients tensorflow.python.eager.forwardprop.UnconnectedGradients tensorflow.python.eager.imperative_grad.UnconnectedGradients tensorflow.python.ops.custom_gradient.UnconnectedGradients tensorflow.python.ops.gradients.UnconnectedGradients tensorflow.python.ops.gradients_impl.UnconnectedGradients tensorflow.python.ops.gradients_util.UnconnectedGradients tensorflow.python.ops.standard_ops.UnconnectedGradients tensorflow.python.ops.unconnected_gradients.UnconnectedGradients
variable tensorflow.Variable tensorflow.python.ops.standard_ops.Variable tensorflow.python.ops.variables.Variable
variable tensorflow.Variable.from_proto
- tensorflow.VariableAggregation tensorflow.python.ops.standard_ops.VariableAggregationV2 tensorflow.python.ops.variables.VariableAggregationV2
- tensorflow.VariableSynchronization tensorflow.python.ops.standard_ops.VariableSynchronization tensorflow.python.ops.variable_scope.VariableSynchronization tensorflow.python.ops.variables.VariableSynchronization
tensor tensorflow.__internal__.CompositeTensor tensorflow.python.framework.composite_tensor.CompositeTensor
tensor_list@7 tensorflow.approx_top_k tensorflow.python.ops.gen_nn_ops.ApproxTopK tensorflow.python.ops.gen_nn_ops.approx_top_k tensorflow.python.ops.nn.ApproxTopK tensorflow.python.ops.nn.approx_top_k tensorflow.python.ops.nn_ops.ApproxTopK tensorflow.python.ops.nn_ops.approx_top_k tensorflow.raw_ops.ApproxTopK
tensor@4 tensorflow.argsort tensorflow.python.ops.sort_ops.argsort tensorflow.python.ops.standard_ops.argsort
- tensorflow.autodiff.ForwardAccumulator tensorflow.python.eager.forwardprop.ForwardAccumulator tensorflow.python.ops.gradients.ForwardAccumulator tensorflow.python.ops.standard_ops.ForwardAccumulator
- tensorflow.autograph.experimental.Feature tensorflow.python.autograph.core.converter.Feature
- tensorflow.autograph.experimental.do_not_convert tensorflow.python.autograph.impl.api.do_not_convert
- tensorflow.autograph.experimental.set_loop_options tensorflow.python.autograph.lang.directives.set_loop_options
- tensorflow.autograph.set_verbosity tensorflow.python.autograph.utils.ag_logging.set_verbosity
- tensorflow.autograph.to_code tensorflow.python.autograph.impl.api.to_code
- tensorflow.autograph.to_graph tensorflow.python.autograph.impl.api.to_graph
- tensorflow.autograph.trace tensorflow.python.autograph.utils.ag_logging.trace
tensor@3 tensorflow.batch_to_space tensorflow.python.ops.array_ops.batch_to_space_v2 tensorflow.python.ops.standard_ops.batch_to_space_v2
tensor@2 tensorflow.bitcast tensorflow.python.ops.array_ops.Bitcast tensorflow.python.ops.array_ops.bitcast tensorflow.python.ops.gen_array_ops.Bitcast tensorflow.python.ops.gen_array_ops.bitcast tensorflow.python.ops.standard_ops.Bitcast tensorflow.python.ops.standard_ops.bitcast tensorflow.raw_ops.Bitcast
tensor@3 tensorflow.boolean_mask tensorflow.python.ops.array_ops.boolean_mask_v2 tensorflow.python.ops.standard_ops.boolean_mask_v2
tensor tensorflow.broadcast_dynamic_shape tensorflow.python.ops.array_ops.broadcast_dynamic_shape tensorflow.python.ops.standard_ops.broadcast_dynamic_shape
- tensorflow.broadcast_static_shape tensorflow.python.ops.array_ops.broadcast_static_shape tensorflow.python.ops.standard_ops.broadcast_static_shape
tensor@2 tensorflow.broadcast_to tensorflow.python.ops.array_ops.BroadcastTo tensorflow.python.ops.array_ops.broadcast_to tensorflow.python.ops.gen_array_ops.BroadcastTo tensorflow.python.ops.gen_array_ops.broadcast_to tensorflow.python.ops.standard_ops.BroadcastTo tensorflow.python.ops.standard_ops.broadcast_to tensorflow.raw_ops.BroadcastTo
tensor@4 tensorflow.case tensorflow.python.ops.control_flow_case.case_v2
tensor@2 tensorflow.cast tensorflow.dtypes.cast tensorflow.python.ops.math_ops.cast tensorflow.python.ops.standard_ops.cast
tensor@1 tensorflow.check_pinned tensorflow.python.ops.gen_experimental_dataset_ops.CheckPinned tensorflow.python.ops.gen_experimental_dataset_ops.check_pinned tensorflow.raw_ops.CheckPinned
tensor_list@3 tensorflow.clip_by_global_norm tensorflow.python.ops.clip_ops.clip_by_global_norm tensorflow.python.ops.standard_ops.clip_by_global_norm
tensor@3 tensorflow.clip_by_norm tensorflow.python.ops.clip_ops.clip_by_norm tensorflow.python.ops.standard_ops.clip_by_norm
tensor@3 tensorflow.clip_by_value tensorflow.python.ops.clip_ops.clip_by_value
- tensorflow.compat.v1.AttrValue tensorflow.core.framework.attr_value_pb2.AttrValue tensorflow.python.proto_exports.AttrValue
-@3 tensorflow.compat.v1.ConditionalAccumulator tensorflow.python.ops.data_flow_ops.ConditionalAccumulator tensorflow.python.ops.standard_ops.ConditionalAccumulator
- tensorflow.compat.v1.ConditionalAccumulatorBase tensorflow.python.ops.data_flow_ops.ConditionalAccumulatorBase tensorflow.python.ops.standard_ops.ConditionalAccumulatorBase
- tensorflow.compat.v1.ConfigProto tensorflow.core.protobuf.config_pb2.ConfigProto tensorflow.python.proto_exports.ConfigProto
- tensorflow.compat.v1.DeviceSpec tensorflow.python.framework.device_spec.DeviceSpecV1
- tensorflow.compat.v1.Dimension tensorflow.python.framework.tensor_shape.Dimension
- tensorflow.compat.v1.Event tensorflow.compat.v1.summary.Event tensorflow.core.util.event_pb2.Event tensorflow.python.proto_exports.Event tensorflow.python.summary.summary.Event
-@4 tensorflow.compat.v1.FixedLengthRecordReader tensorflow.python.ops.io_ops.FixedLengthRecordReader tensorflow.python.ops.standard_ops.FixedLengthRecordReader
- tensorflow.compat.v1.GPUOptions tensorflow.core.protobuf.config_pb2.GPUOptions tensorflow.python.proto_exports.GPUOptions
- tensorflow.compat.v1.GraphDef tensorflow.core.framework.graph_pb2.GraphDef tensorflow.python.framework.graph_util_impl.GraphDef
- tensorflow.compat.v1.GraphKeys tensorflow.python.framework.ops.GraphKeys
- tensorflow.compat.v1.GraphOptions tensorflow.core.protobuf.config_pb2.GraphOptions tensorflow.python.proto_exports.GraphOptions
-@0 tensorflow.compat.v1.IdentityReader tensorflow.python.ops.io_ops.IdentityReader tensorflow.python.ops.standard_ops.IdentityReader
- tensorflow.compat.v1.InteractiveSession tensorflow.python.client.session.InteractiveSession
-@0 tensorflow.compat.v1.LMDBReader tensorflow.python.ops.io_ops.LMDBReader tensorflow.python.ops.standard_ops.LMDBReader
- tensorflow.compat.v1.LogMessage tensorflow.core.util.event_pb2.LogMessage tensorflow.python.proto_exports.LogMessage
- tensorflow.compat.v1.MetaGraphDef tensorflow.core.protobuf.meta_graph_pb2.MetaGraphDef tensorflow.python.proto_exports.MetaGraphDef
- tensorflow.compat.v1.NameAttrList tensorflow.core.framework.attr_value_pb2.NameAttrList tensorflow.python.proto_exports.NameAttrList
- tensorflow.compat.v1.NodeDef tensorflow.core.framework.node_def_pb2.NodeDef tensorflow.python.proto_exports.NodeDef
- tensorflow.compat.v1.OptimizerOptions tensorflow.core.protobuf.config_pb2.OptimizerOptions tensorflow.python.proto_exports.OptimizerOptions
tensor@5 tensorflow.compat.v1.Print tensorflow.python.ops.logging_ops.Print tensorflow.python.ops.standard_ops.Print
- tensorflow.compat.v1.ReaderBase tensorflow.python.ops.io_ops.ReaderBase tensorflow.python.ops.standard_ops.ReaderBase
- tensorflow.compat.v1.RunMetadata tensorflow.core.protobuf.config_pb2.RunMetadata tensorflow.python.proto_exports.RunMetadata
- tensorflow.compat.v1.RunOptions tensorflow.core.protobuf.config_pb2.RunOptions tensorflow.python.proto_exports.RunOptions
- tensorflow.compat.v1.Session tensorflow.python.client.session.Session
- tensorflow.compat.v1.SessionLog tensorflow.compat.v1.summary.SessionLog tensorflow.core.util.event_pb2.SessionLog tensorflow.python.proto_exports.SessionLog tensorflow.python.summary.summary.SessionLog tensorflow.python.training.basic_session_run_hooks.SessionLog tensorflow.python.training.supervisor.SessionLog
-@3 tensorflow.compat.v1.SparseConditionalAccumulator tensorflow.compat.v1.sparse.SparseConditionalAccumulator tensorflow.python.ops.data_flow_ops.SparseConditionalAccumulator tensorflow.python.ops.standard_ops.SparseConditionalAccumulator
- tensorflow.compat.v1.SparseTensorValue tensorflow.python.framework.sparse_tensor.SparseTensorValue
- tensorflow.compat.v1.Summary tensorflow.compat.v1.summary.Summary tensorflow.core.framework.summary_pb2.Summary tensorflow.python.proto_exports.Summary tensorflow.python.summary.summary.Summary tensorflow.python.training.basic_session_run_hooks.Summary tensorflow.python.training.supervisor.Summary
- tensorflow.compat.v1.SummaryMetadata tensorflow.core.framework.summary_pb2.SummaryMetadata tensorflow.python.proto_exports.SummaryMetadata
-@0 tensorflow.compat.v1.TFRecordReader tensorflow.python.ops.io_ops.TFRecordReader tensorflow.python.ops.standard_ops.TFRecordReader
- tensorflow.compat.v1.TensorInfo tensorflow.core.protobuf.meta_graph_pb2.TensorInfo tensorflow.python.proto_exports.TensorInfo
-@1 tensorflow.compat.v1.TextLineReader tensorflow.python.ops.io_ops.TextLineReader tensorflow.python.ops.standard_ops.TextLineReader
variable tensorflow.compat.v1.Variable tensorflow.python.ops.variable_v1.VariableV1
variable tensorflow.compat.v1.Variable.from_proto
- tensorflow.compat.v1.VariableAggregation tensorflow.python.ops.standard_ops.VariableAggregation tensorflow.python.ops.variable_scope.VariableAggregation tensorflow.python.ops.variables.VariableAggregation
-@1 tensorflow.compat.v1.VariableScope tensorflow.python.ops.standard_ops.VariableScope tensorflow.python.ops.variable_scope.VariableScope
-@0 tensorflow.compat.v1.WholeFileReader tensorflow.python.ops.io_ops.WholeFileReader tensorflow.python.ops.standard_ops.WholeFileReader
- tensorflow.compat.v1.add_check_numerics_ops tensorflow.python.ops.numerics.add_check_numerics_ops tensorflow.python.ops.standard_ops.add_check_numerics_ops
-@0 tensorflow.compat.v1.add_to_collection tensorflow.python.framework.ops.add_to_collection
- tensorflow.compat.v1.add_to_collections tensorflow.python.framework.ops.add_to_collections
- tensorflow.compat.v1.all_variables tensorflow.python.ops.standard_ops.all_variables tensorflow.python.ops.variables.all_variables
- tensorflow.compat.v1.app.run tensorflow.python.platform.app.run
tensor@2 tensorflow.compat.v1.argmax tensorflow.compat.v1.math.argmax tensorflow.python.ops.math_ops.argmax tensorflow.python.ops.standard_ops.argmax
tensor@2 tensorflow.compat.v1.argmin tensorflow.compat.v1.math.argmin tensorflow.python.ops.math_ops.argmin tensorflow.python.ops.standard_ops.argmin
-@5 tensorflow.compat.v1.assert_equal tensorflow.compat.v1.debugging.assert_equal tensorflow.python.ops.check_ops.assert_equal tensorflow.python.ops.standard_ops.assert_equal
-@5 tensorflow.compat.v1.assert_greater tensorflow.compat.v1.debugging.assert_greater tensorflow.python.ops.check_ops.assert_greater tensorflow.python.ops.standard_ops.assert_greater
-@5 tensorflow.compat.v1.assert_greater_equal tensorflow.compat.v1.debugging.assert_greater_equal tensorflow.python.ops.check_ops.assert_greater_equal tensorflow.python.ops.standard_ops.assert_greater_equal
-@2 tensorflow.compat.v1.assert_integer tensorflow.compat.v1.debugging.assert_integer tensorflow.python.ops.check_ops.assert_integer tensorflow.python.ops.standard_ops.assert_integer
-@5 tensorflow.compat.v1.assert_less tensorflow.compat.v1.debugging.assert_less tensorflow.python.ops.check_ops.assert_less tensorflow.python.ops.standard_ops.assert_less
-@5 tensorflow.compat.v1.assert_less_equal tensorflow.compat.v1.debugging.assert_less_equal tensorflow.python.ops.check_ops.assert_less_equal tensorflow.python.ops.standard_ops.assert_less_equal
-@7 tensorflow.compat.v1.assert_near tensorflow.compat.v1.debugging.assert_near tensorflow.python.ops.check_ops.assert_near tensorflow.python.ops.standard_ops.assert_near
-@4 tensorflow.compat.v1.assert_negative tensorflow.compat.v1.debugging.assert_negative tensorflow.python.ops.check_ops.assert_negative tensorflow.python.ops.standard_ops.assert_negative
-@4 tensorflow.compat.v1.assert_non_negative tensorflow.compat.v1.debugging.assert_non_negative tensorflow.python.ops.check_ops.assert_non_negative tensorflow.python.ops.standard_ops.assert_non_negative
-@4 tensorflow.compat.v1.assert_non_positive tensorflow.compat.v1.debugging.assert_non_positive tensorflow.python.ops.check_ops.assert_non_positive tensorflow.python.ops.standard_ops.assert_non_positive
-@5 tensorflow.compat.v1.assert_none_equal tensorflow.compat.v1.debugging.assert_none_equal tensorflow.python.ops.check_ops.assert_none_equal tensorflow.python.ops.standard_ops.assert_none_equal
-@4 tensorflow.compat.v1.assert_positive tensorflow.compat.v1.debugging.assert_positive tensorflow.python.ops.check_ops.assert_positive tensorflow.python.ops.standard_ops.assert_positive
-@5 tensorflow.compat.v1.assert_rank tensorflow.compat.v1.debugging.assert_rank tensorflow.python.ops.check_ops.assert_rank tensorflow.python.ops.standard_ops.assert_rank
-@5 tensorflow.compat.v1.assert_rank_at_least tensorflow.compat.v1.debugging.assert_rank_at_least tensorflow.python.ops.check_ops.assert_rank_at_least tensorflow.python.ops.standard_ops.assert_rank_at_least
-@5 tensorflow.compat.v1.assert_rank_in tensorflow.compat.v1.debugging.assert_rank_in tensorflow.python.ops.check_ops.assert_rank_in tensorflow.python.ops.standard_ops.assert_rank_in
tensor@1 tensorflow.compat.v1.assert_scalar tensorflow.compat.v1.debugging.assert_scalar tensorflow.python.ops.check_ops.assert_scalar tensorflow.python.ops.standard_ops.assert_scalar
-@3 tensorflow.compat.v1.assert_type tensorflow.compat.v1.debugging.assert_type tensorflow.python.ops.check_ops.assert_type tensorflow.python.ops.standard_ops.assert_type
- tensorflow.compat.v1.assert_variables_initialized tensorflow.python.ops.standard_ops.assert_variables_initialized tensorflow.python.ops.variables.assert_variables_initialized
tensor@4 tensorflow.compat.v1.assign tensorflow.python.ops.standard_ops.assign tensorflow.python.ops.state_ops.assign
-@3 tensorflow.compat.v1.assign_add tensorflow.python.ops.standard_ops.assign_add tensorflow.python.ops.state_ops.assign_add
-@3 tensorflow.compat.v1.assign_sub tensorflow.python.ops.standard_ops.assign_sub tensorflow.python.ops.state_ops.assign_sub
- tensorflow.compat.v1.autograph.to_code tensorflow.python.autograph.impl.api.to_code_v1
- tensorflow.compat.v1.autograph.to_graph tensorflow.python.autograph.impl.api.to_graph_v1
-@2 tensorflow.compat.v1.batch_gather tensorflow.python.ops.array_ops.batch_gather tensorflow.python.ops.standard_ops.batch_gather
-@4 tensorflow.compat.v1.batch_scatter_update tensorflow.python.ops.state_ops.batch_scatter_update
tensor@3 tensorflow.compat.v1.batch_to_space tensorflow.python.ops.array_ops.batch_to_space tensorflow.python.ops.standard_ops.batch_to_space
- tensorflow.compat.v1.bincount tensorflow.compat.v1.math.bincount tensorflow.python.ops.bincount_ops.bincount_v1
tensor@2 tensorflow.compat.v1.boolean_mask tensorflow.python.ops.array_ops.boolean_mask tensorflow.python.ops.standard_ops.boolean_mask
tensor@4 tensorflow.compat.v1.case tensorflow.python.ops.control_flow_case.case tensorflow.python.ops.standard_ops.case
tensor@2 tensorflow.compat.v1.clip_by_average_norm tensorflow.python.ops.clip_ops.clip_by_average_norm tensorflow.python.ops.standard_ops.clip_by_average_norm
- tensorflow.compat.v1.colocate_with tensorflow.python.framework.ops._colocate_with
tensor@4 tensorflow.compat.v1.cond tensorflow.python.ops.cond.cond
tensor@4 tensorflow.compat.v1.confusion_matrix tensorflow.compat.v1.math.confusion_matrix tensorflow.python.ops.confusion_matrix.confusion_matrix_v1
tensor@3 tensorflow.compat.v1.constant tensorflow.python.framework.constant_op.constant_v1
- tensorflow.compat.v1.constant_initializer tensorflow.compat.v1.initializers.constant tensorflow.python.ops.init_ops.Constant tensorflow.python.ops.init_ops.constant_initializer tensorflow.python.ops.standard_ops.Constant tensorflow.python.ops.standard_ops.constant_initializer
- tensorflow.compat.v1.container tensorflow.python.framework.ops.container
- tensorflow.compat.v1.control_flow_v2_enabled tensorflow.python.ops.control_flow_v2_toggles.control_flow_v2_enabled
tensor@2 tensorflow.compat.v1.convert_to_tensor tensorflow.python.framework.tensor_conversion.convert_to_tensor_v1_with_dispatch
tensor@2 tensorflow.compat.v1.convert_to_tensor_or_indexed_slices tensorflow.python.framework.indexed_slices.convert_to_tensor_or_indexed_slices
tensor@2 tensorflow.compat.v1.convert_to_tensor_or_sparse_tensor tensorflow.python.framework.sparse_tensor.convert_to_tensor_or_sparse_tensor
tensor@4 tensorflow.compat.v1.count_nonzero tensorflow.compat.v1.math.count_nonzero tensorflow.python.ops.math_ops.count_nonzero tensorflow.python.ops.standard_ops.count_nonzero
tensor@2 tensorflow.compat.v1.count_up_to tensorflow.python.ops.standard_ops.count_up_to tensorflow.python.ops.state_ops.count_up_to
-@6 tensorflow.compat.v1.create_partitioned_variables tensorflow.python.ops.partitioned_variables.create_partitioned_variables tensorflow.python.ops.standard_ops.create_partitioned_variables
dataset tensorflow.compat.v1.data.Dataset tensorflow.python.data.ops.dataset_ops.DatasetV1
dataset tensorflow.compat.v1.data.Dataset.from_generator
dataset tensorflow.compat.v1.data.Dataset.from_sparse_tensor_slices
dataset tensorflow.compat.v1.data.Dataset.from_tensor_slices
dataset tensorflow.compat.v1.data.Dataset.from_tensors
dataset tensorflow.compat.v1.data.Dataset.list_files
dataset tensorflow.compat.v1.data.Dataset.range
dataset tensorflow.compat.v1.data.Dataset.zip
dataset@7 tensorflow.compat.v1.data.FixedLengthRecordDataset tensorflow.python.data.ops.readers.FixedLengthRecordDatasetV1
- tensorflow.compat.v1.data.Iterator tensorflow.python.data.Iterator tensorflow.python.data.ops.iterator_ops.Iterator
dataset@4 tensorflow.compat.v1.data.TFRecordDataset tensorflow.python.data.ops.readers.TFRecordDatasetV1
dataset@4 tensorflow.compat.v1.data.TextLineDataset tensorflow.python.data.ops.readers.TextLineDatasetV1
- tensorflow.compat.v1.data.experimental.Counter tensorflow.python.data.experimental.ops.counter.CounterV1
dataset tensorflow.compat.v1.data.experimental.CsvDataset tensorflow.python.data.experimental.ops.readers.CsvDatasetV1
- tensorflow.compat.v1.data.experimental.RaggedTensorStructure tensorflow.python.data.experimental.RaggedTensorStructure tensorflow.python.data.util.structure._RaggedTensorStructure
dataset@2 tensorflow.compat.v1.data.experimental.RandomDataset tensorflow.python.data.experimental.ops.random_ops.RandomDatasetV1
- tensorflow.compat.v1.data.experimental.SparseTensorStructure tensorflow.python.data.experimental.SparseTensorStructure tensorflow.python.data.util.structure._SparseTensorStructure
dataset tensorflow.compat.v1.data.experimental.SqlDataset tensorflow.python.data.experimental.ops.readers.SqlDatasetV1
- tensorflow.compat.v1.data.experimental.TensorArrayStructure tensorflow.python.data.experimental.TensorArrayStructure tensorflow.python.data.util.structure._TensorArrayStructure
- tensorflow.compat.v1.data.experimental.TensorStructure tensorflow.python.data.experimental.TensorStructure tensorflow.python.data.util.structure._TensorStructure
- tensorflow.compat.v1.data.experimental.choose_from_datasets tensorflow.python.data.experimental.ops.interleave_ops.choose_from_datasets_v1
- tensorflow.compat.v1.data.experimental.make_batched_features_dataset tensorflow.python.data.experimental.ops.readers.make_batched_features_dataset_v1
- tensorflow.compat.v1.data.experimental.make_csv_dataset tensorflow.python.data.experimental.ops.readers.make_csv_dataset_v1
- tensorflow.compat.v1.data.experimental.map_and_batch_with_legacy_function tensorflow.python.data.experimental.map_and_batch_with_legacy_function tensorflow.python.data.experimental.ops.batching.map_and_batch_with_legacy_function
- tensorflow.compat.v1.data.experimental.sample_from_datasets tensorflow.python.data.experimental.ops.interleave_ops.sample_from_datasets_v1
- tensorflow.compat.v1.data.get_output_classes tensorflow.python.data.ops.dataset_ops.get_legacy_output_classes
- tensorflow.compat.v1.data.get_output_shapes tensorflow.python.data.ops.dataset_ops.get_legacy_output_shapes
- tensorflow.compat.v1.data.get_output_types tensorflow.python.data.ops.dataset_ops.get_legacy_output_types
- tensorflow.compat.v1.data.make_initializable_iterator tensorflow.python.data.make_initializable_iterator tensorflow.python.data.ops.dataset_ops.make_initializable_iterator
- tensorflow.compat.v1.data.make_one_shot_iterator tensorflow.python.data.make_one_shot_iterator tensorflow.python.data.ops.dataset_ops.make_one_shot_iterator
-@4 tensorflow.compat.v1.debugging.assert_shapes tensorflow.python.ops.check_ops.assert_shapes tensorflow.python.ops.standard_ops.assert_shapes
tensor_list@4 tensorflow.compat.v1.decode_csv tensorflow.compat.v1.io.decode_csv tensorflow.python.ops.parsing_ops.decode_csv tensorflow.python.ops.standard_ops.decode_csv
tensor@3 tensorflow.compat.v1.decode_raw tensorflow.compat.v1.io.decode_raw tensorflow.python.ops.parsing_ops.decode_raw_v1 tensorflow.python.ops.standard_ops.decode_raw_v1
-@1 tensorflow.compat.v1.delete_session_tensor tensorflow.python.ops.session_ops.delete_session_tensor tensorflow.python.ops.standard_ops.delete_session_tensor
tensor@2 tensorflow.compat.v1.depth_to_space tensorflow.compat.v1.nn.depth_to_space tensorflow.python.ops.array_ops.depth_to_space tensorflow.python.ops.standard_ops.depth_to_space
- tensorflow.compat.v1.device tensorflow.python.framework.ops.device
- tensorflow.compat.v1.dimension_at_index tensorflow.python.framework.tensor_shape.dimension_at_index
- tensorflow.compat.v1.dimension_value tensorflow.python.framework.tensor_shape.dimension_value
- tensorflow.compat.v1.disable_control_flow_v2 tensorflow.python.ops.control_flow_v2_toggles.disable_control_flow_v2
- tensorflow.compat.v1.disable_eager_execution tensorflow.python.framework.ops.disable_eager_execution
- tensorflow.compat.v1.disable_resource_variables tensorflow.python.ops.resource_variables_toggle.disable_resource_variables
- tensorflow.compat.v1.disable_tensor_equality tensorflow.python.framework.tensor.disable_tensor_equality
- tensorflow.compat.v1.disable_v2_behavior tensorflow.python.compat.v2_compat.disable_v2_behavior
- tensorflow.compat.v1.disable_v2_tensorshape tensorflow.python.framework.tensor_shape.disable_v2_tensorshape
strategy tensorflow.compat.v1.distribute.MirroredStrategy tensorflow.python.distribute.mirrored_strategy.MirroredStrategyV1
strategy tensorflow.compat.v1.distribute.OneDeviceStrategy tensorflow.python.distribute.one_device_strategy.OneDeviceStrategyV1
- tensorflow.compat.v1.distribute.ReplicaContext tensorflow.python.distribute.distribute_lib.ReplicaContextV1
strategy tensorflow.compat.v1.distribute.Strategy tensorflow.python.distribute.distribute_lib.StrategyV1
- tensorflow.compat.v1.distribute.StrategyExtended tensorflow.python.distribute.distribute_lib.StrategyExtendedV1
strategy tensorflow.compat.v1.distribute.experimental.CentralStorageStrategy tensorflow.python.distribute.central_storage_strategy.CentralStorageStrategyV1
strategy tensorflow.compat.v1.distribute.experimental.MultiWorkerMirroredStrategy tensorflow.python.distribute.collective_all_reduce_strategy.CollectiveAllReduceStrategyV1
strategy tensorflow.compat.v1.distribute.experimental.ParameterServerStrategy tensorflow.python.distribute.parameter_server_strategy.ParameterServerStrategyV1
strategy tensorflow.compat.v1.distribute.experimental.TPUStrategy tensorflow.python.distribute.tpu_strategy.TPUStrategyV1
- tensorflow.compat.v1.distribute.get_loss_reduction tensorflow.python.distribute.distribute_utils.get_loss_reduction
-@5 tensorflow.compat.v1.distributions.Bernoulli tensorflow.python.ops.distributions.bernoulli.Bernoulli tensorflow.python.ops.distributions.distributions.Bernoulli
-@4 tensorflow.compat.v1.distributions.Beta tensorflow.python.ops.distributions.beta.Beta tensorflow.python.ops.distributions.distributions.Beta
-@5 tensorflow.compat.v1.distributions.Categorical tensorflow.python.ops.distributions.categorical.Categorical tensorflow.python.ops.distributions.distributions.Categorical
-@3 tensorflow.compat.v1.distributions.Dirichlet tensorflow.python.ops.distributions.dirichlet.Dirichlet tensorflow.python.ops.distributions.distributions.Dirichlet
-@4 tensorflow.compat.v1.distributions.DirichletMultinomial tensorflow.python.ops.distributions.dirichlet_multinomial.DirichletMultinomial tensorflow.python.ops.distributions.distributions.DirichletMultinomial
-@6 tensorflow.compat.v1.distributions.Distribution tensorflow.python.ops.distributions.distribution.Distribution tensorflow.python.ops.distributions.distributions.Distribution
-@3 tensorflow.compat.v1.distributions.Exponential tensorflow.python.ops.distributions.distributions.Exponential tensorflow.python.ops.distributions.exponential.Exponential
-@4 tensorflow.compat.v1.distributions.Gamma tensorflow.python.ops.distributions.distributions.Gamma tensorflow.python.ops.distributions.gamma.Gamma
-@4 tensorflow.compat.v1.distributions.Laplace tensorflow.python.ops.distributions.distributions.Laplace tensorflow.python.ops.distributions.laplace.Laplace
-@5 tensorflow.compat.v1.distributions.Multinomial tensorflow.python.ops.distributions.distributions.Multinomial tensorflow.python.ops.distributions.multinomial.Multinomial
-@4 tensorflow.compat.v1.distributions.Normal tensorflow.python.ops.distributions.distributions.Normal tensorflow.python.ops.distributions.normal.Normal
- tensorflow.compat.v1.distributions.RegisterKL tensorflow.python.ops.distributions.distributions.RegisterKL tensorflow.python.ops.distributions.kullback_leibler.RegisterKL
- tensorflow.compat.v1.distributions.ReparameterizationType tensorflow.python.ops.distributions.distribution.ReparameterizationType tensorflow.python.ops.distributions.distributions.ReparameterizationType
-@5 tensorflow.compat.v1.distributions.StudentT tensorflow.python.ops.distributions.distributions.StudentT tensorflow.python.ops.distributions.student_t.StudentT
-@4 tensorflow.compat.v1.distributions.Uniform tensorflow.python.ops.distributions.distributions.Uniform tensorflow.python.ops.distributions.uniform.Uniform
tensor@3 tensorflow.compat.v1.distributions.kl_divergence tensorflow.python.ops.distributions.distributions.kl_divergence tensorflow.python.ops.distributions.kullback_leibler.kl_divergence
-@2 tensorflow.compat.v1.div tensorflow.python.ops.math_ops.div tensorflow.python.ops.standard_ops.div
- tensorflow.compat.v1.enable_control_flow_v2 tensorflow.python.ops.control_flow_v2_toggles.enable_control_flow_v2
- tensorflow.compat.v1.enable_eager_execution tensorflow.python.framework.ops.enable_eager_execution
- tensorflow.compat.v1.enable_resource_variables tensorflow.python.ops.resource_variables_toggle.enable_resource_variables
- tensorflow.compat.v1.enable_tensor_equality tensorflow.python.framework.tensor.enable_tensor_equality
- tensorflow.compat.v1.enable_v2_behavior tensorflow.python.compat.v2_compat.enable_v2_behavior
- tensorflow.compat.v1.enable_v2_tensorshape tensorflow.python.framework.tensor_shape.enable_v2_tensorshape
- tensorflow.compat.v1.errors.error_code_from_exception_type tensorflow.python.framework.errors.error_code_from_exception_type tensorflow.python.framework.errors_impl.error_code_from_exception_type
- tensorflow.compat.v1.errors.exception_type_from_error_code tensorflow.python.framework.errors.exception_type_from_error_code tensorflow.python.framework.errors_impl.exception_type_from_error_code
- tensorflow.compat.v1.errors.raise_exception_on_not_ok_status tensorflow.python.framework.errors.raise_exception_on_not_ok_status tensorflow.python.framework.errors_impl.raise_exception_on_not_ok_status
- tensorflow.compat.v1.executing_eagerly tensorflow.python.eager.context.executing_eagerly_v1
- tensorflow.compat.v1.executing_eagerly_outside_functions tensorflow.python.framework.ops.executing_eagerly_outside_functions
tensor@2 tensorflow.compat.v1.expand_dims tensorflow.python.ops.array_ops.expand_dims
- tensorflow.compat.v1.experimental.output_all_intermediates tensorflow.python.ops.control_flow_util_v2.set_output_all_intermediates
tensor@5 tensorflow.compat.v1.extract_image_patches tensorflow.compat.v1.image.extract_image_patches tensorflow.python.ops.array_ops.extract_image_patches tensorflow.python.ops.standard_ops.extract_image_patches
- tensorflow.compat.v1.feature_column.categorical_column_with_vocabulary_file tensorflow.python.feature_column.feature_column_lib.categorical_column_with_vocabulary_file tensorflow.python.feature_column.feature_column_v2.categorical_column_with_vocabulary_file
- tensorflow.compat.v1.feature_column.input_layer tensorflow.python.feature_column.feature_column.input_layer tensorflow.python.feature_column.feature_column_lib.input_layer
- tensorflow.compat.v1.feature_column.linear_model tensorflow.python.feature_column.feature_column.linear_model tensorflow.python.feature_column.feature_column_lib.linear_model
- tensorflow.compat.v1.feature_column.make_parse_example_spec tensorflow.python.feature_column.feature_column.make_parse_example_spec tensorflow.python.feature_column.feature_column_lib.make_parse_example_spec
- tensorflow.compat.v1.feature_column.shared_embedding_columns tensorflow.python.feature_column.feature_column_lib.shared_embedding_columns tensorflow.python.feature_column.feature_column_v2.shared_embedding_columns
- tensorflow.compat.v1.fixed_size_partitioner tensorflow.python.ops.partitioned_variables.fixed_size_partitioner tensorflow.python.ops.standard_ops.fixed_size_partitioner
tensor@6 tensorflow.compat.v1.foldl tensorflow.python.ops.functional_ops.foldl tensorflow.python.ops.standard_ops.foldl
tensor@6 tensorflow.compat.v1.foldr tensorflow.python.ops.functional_ops.foldr tensorflow.python.ops.standard_ops.foldr
tensor@3 tensorflow.compat.v1.gather tensorflow.python.ops.array_ops.gather tensorflow.python.ops.standard_ops.gather
tensor@2 tensorflow.compat.v1.gather_nd tensorflow.compat.v1.manip.gather_nd tensorflow.python.ops.array_ops.gather_nd tensorflow.python.ops.standard_ops.gather_nd
- tensorflow.compat.v1.get_collection tensorflow.python.framework.ops.get_collection
- tensorflow.compat.v1.get_collection_ref tensorflow.python.framework.ops.get_collection_ref
- tensorflow.compat.v1.get_default_graph tensorflow.python.framework.ops.get_default_graph
- tensorflow.compat.v1.get_default_session tensorflow.python.framework.ops.get_default_session tensorflow.python.framework.stack.get_default_session
-@0 tensorflow.compat.v1.get_local_variable tensorflow.python.ops.standard_ops.get_local_variable tensorflow.python.ops.variable_scope.get_local_variable
- tensorflow.compat.v1.get_seed tensorflow.compat.v1.random.get_seed tensorflow.python.framework.random_seed.get_seed
tensor@1 tensorflow.compat.v1.get_session_handle tensorflow.python.ops.session_ops.get_session_handle tensorflow.python.ops.standard_ops.get_session_handle
tensor_list@2 tensorflow.compat.v1.get_session_tensor tensorflow.python.ops.session_ops.get_session_tensor tensorflow.python.ops.standard_ops.get_session_tensor
-@0 tensorflow.compat.v1.get_variable tensorflow.python.ops.standard_ops.get_variable tensorflow.python.ops.variable_scope.get_variable
- tensorflow.compat.v1.get_variable_scope tensorflow.python.ops.standard_ops.get_variable_scope tensorflow.python.ops.variable_scope.get_variable_scope
- tensorflow.compat.v1.gfile.Copy tensorflow.python.lib.io.file_io.copy tensorflow.python.platform.gfile.Copy
- tensorflow.compat.v1.gfile.DeleteRecursively tensorflow.python.lib.io.file_io.delete_recursively tensorflow.python.platform.gfile.DeleteRecursively
- tensorflow.compat.v1.gfile.Exists tensorflow.python.lib.io.file_io.file_exists tensorflow.python.platform.gfile.Exists
-@0 tensorflow.compat.v1.gfile.FastGFile tensorflow.python.platform.gfile.FastGFile
- tensorflow.compat.v1.gfile.Glob tensorflow.python.lib.io.file_io.get_matching_files tensorflow.python.platform.gfile.Glob
- tensorflow.compat.v1.gfile.IsDirectory tensorflow.python.lib.io.file_io.is_directory tensorflow.python.platform.gfile.IsDirectory
- tensorflow.compat.v1.gfile.ListDirectory tensorflow.python.lib.io.file_io.list_directory tensorflow.python.platform.gfile.ListDirectory
- tensorflow.compat.v1.gfile.MakeDirs tensorflow.python.lib.io.file_io.recursive_create_dir tensorflow.python.platform.gfile.MakeDirs
- tensorflow.compat.v1.gfile.MkDir tensorflow.python.lib.io.file_io.create_dir tensorflow.python.platform.gfile.MkDir
- tensorflow.compat.v1.gfile.Remove tensorflow.python.lib.io.file_io.delete_file tensorflow.python.platform.gfile.Remove
- tensorflow.compat.v1.gfile.Rename tensorflow.python.lib.io.file_io.rename tensorflow.python.platform.gfile.Rename
- tensorflow.compat.v1.gfile.Stat tensorflow.python.lib.io.file_io.stat tensorflow.python.platform.gfile.Stat
- tensorflow.compat.v1.gfile.Walk tensorflow.python.lib.io.file_io.walk tensorflow.python.platform.gfile.Walk
- tensorflow.compat.v1.global_variables tensorflow.python.ops.standard_ops.global_variables tensorflow.python.ops.variables.global_variables
- tensorflow.compat.v1.global_variables_initializer tensorflow.compat.v1.initializers.global_variables tensorflow.python.ops.standard_ops.global_variables_initializer tensorflow.python.ops.variables.global_variables_initializer
- tensorflow.compat.v1.glorot_normal_initializer tensorflow.compat.v1.initializers.glorot_normal tensorflow.python.ops.init_ops.GlorotNormal tensorflow.python.ops.init_ops.glorot_normal_initializer tensorflow.python.ops.standard_ops.GlorotNormal tensorflow.python.ops.standard_ops.glorot_normal_initializer
- tensorflow.compat.v1.glorot_uniform_initializer tensorflow.compat.v1.initializers.glorot_uniform tensorflow.python.ops.init_ops.GlorotUniform tensorflow.python.ops.init_ops.glorot_uniform_initializer tensorflow.python.ops.standard_ops.GlorotUniform tensorflow.python.ops.standard_ops.glorot_uniform_initializer
tensor_list@3 tensorflow.compat.v1.gradients tensorflow.python.ops.gradients.gradients tensorflow.python.ops.gradients_impl.gradients tensorflow.python.ops.standard_ops.gradients
- tensorflow.compat.v1.graph_util.convert_variables_to_constants tensorflow.python.framework.convert_to_constants.convert_variables_to_constants
- tensorflow.compat.v1.graph_util.extract_sub_graph tensorflow.python.framework.graph_util.extract_sub_graph tensorflow.python.framework.graph_util_impl.extract_sub_graph
- tensorflow.compat.v1.graph_util.must_run_on_cpu tensorflow.python.framework.graph_util.must_run_on_cpu tensorflow.python.framework.graph_util_impl.must_run_on_cpu
- tensorflow.compat.v1.graph_util.remove_training_nodes tensorflow.python.framework.graph_util.remove_training_nodes tensorflow.python.framework.graph_util_impl.remove_training_nodes
- tensorflow.compat.v1.graph_util.tensor_shape_from_node_def_name tensorflow.python.framework.graph_util.tensor_shape_from_node_def_name tensorflow.python.framework.graph_util_impl.tensor_shape_from_node_def_name
-@2 tensorflow.compat.v1.hessians tensorflow.python.ops.gradients.hessians tensorflow.python.ops.gradients_impl.hessians tensorflow.python.ops.standard_ops.hessians
- tensorflow.compat.v1.image.ResizeMethod tensorflow.python.ops.image_ops.ResizeMethodV1 tensorflow.python.ops.image_ops_impl.ResizeMethodV1
tensor@6 tensorflow.compat.v1.image.crop_and_resize tensorflow.python.ops.image_ops.crop_and_resize_v1 tensorflow.python.ops.image_ops_impl.crop_and_resize_v1
tensor@2 tensorflow.compat.v1.image.draw_bounding_boxes tensorflow.python.ops.image_ops.draw_bounding_boxes tensorflow.python.ops.image_ops_impl.draw_bounding_boxes
tensor@6 tensorflow.compat.v1.image.extract_glimpse tensorflow.python.ops.image_ops.extract_glimpse tensorflow.python.ops.image_ops_impl.extract_glimpse
tensor@5 tensorflow.compat.v1.image.resize tensorflow.compat.v1.image.resize_images tensorflow.python.ops.image_ops.resize_images tensorflow.python.ops.image_ops_impl.resize_images
-@3 tensorflow.compat.v1.image.resize_bicubic tensorflow.python.ops.image_ops.resize_bicubic tensorflow.python.ops.image_ops_impl.resize_bicubic
-@3 tensorflow.compat.v1.image.resize_bilinear tensorflow.python.ops.image_ops.resize_bilinear tensorflow.python.ops.image_ops_impl.resize_bilinear
- tensorflow.compat.v1.image.resize_image_with_pad tensorflow.python.ops.image_ops.resize_image_with_pad_v1 tensorflow.python.ops.image_ops_impl.resize_image_with_pad_v1
-@3 tensorflow.compat.v1.image.resize_nearest_neighbor tensorflow.python.ops.image_ops.resize_nearest_neighbor tensorflow.python.ops.image_ops_impl.resize_nearest_neighbor
tensor_list@9 tensorflow.compat.v1.image.sample_distorted_bounding_box tensorflow.python.ops.image_ops.sample_distorted_bounding_box tensorflow.python.ops.image_ops_impl.sample_distorted_bounding_box
-@0 tensorflow.compat.v1.initialize_all_tables tensorflow.python.ops.lookup_ops.initialize_all_tables tensorflow.python.ops.standard_ops.initialize_all_tables
- tensorflow.compat.v1.initialize_all_variables tensorflow.python.ops.standard_ops.initialize_all_variables tensorflow.python.ops.variables.initialize_all_variables
- tensorflow.compat.v1.initialize_local_variables tensorflow.python.ops.standard_ops.initialize_local_variables tensorflow.python.ops.variables.initialize_local_variables
-@1 tensorflow.compat.v1.initialize_variables tensorflow.python.ops.standard_ops.initialize_variables tensorflow.python.ops.variables.initialize_variables
- tensorflow.compat.v1.initializers.he_normal tensorflow.python.ops.init_ops.he_normal tensorflow.python.ops.standard_ops.he_normal
- tensorflow.compat.v1.initializers.he_uniform tensorflow.python.ops.init_ops.he_uniform tensorflow.python.ops.standard_ops.he_uniform
- tensorflow.compat.v1.initializers.identity tensorflow.python.ops.init_ops.Identity tensorflow.python.ops.init_ops.identity_initializer tensorflow.python.ops.standard_ops.Identity tensorflow.python.ops.standard_ops.identity_initializer
- tensorflow.compat.v1.initializers.lecun_normal tensorflow.python.ops.init_ops.lecun_normal tensorflow.python.ops.standard_ops.lecun_normal
- tensorflow.compat.v1.initializers.lecun_uniform tensorflow.python.ops.init_ops.lecun_uniform tensorflow.python.ops.standard_ops.lecun_uniform
- tensorflow.compat.v1.io.TFRecordCompressionType tensorflow.compat.v1.python_io.TFRecordCompressionType tensorflow.python.lib.io.python_io.TFRecordCompressionType tensorflow.python.lib.io.tf_record.TFRecordCompressionType
- tensorflow.compat.v1.io.tf_record_iterator tensorflow.compat.v1.python_io.tf_record_iterator tensorflow.python.lib.io.python_io.tf_record_iterator tensorflow.python.lib.io.tf_record.tf_record_iterator
tensor tensorflow.compat.v1.is_variable_initialized tensorflow.python.ops.variable_v1.is_variable_initialized
- tensorflow.compat.v1.lite.OpHint tensorflow.lite.python.op_hint.OpHint
- tensorflow.compat.v1.lite.TFLiteConverter tensorflow.lite.python.lite.TFLiteConverter
- tensorflow.compat.v1.lite.TocoConverter tensorflow.lite.python.lite.TocoConverter
- tensorflow.compat.v1.lite.experimental.convert_op_hints_to_stubs tensorflow.lite.python.op_hint.convert_op_hints_to_stubs
- tensorflow.compat.v1.lite.toco_convert tensorflow.lite.python.convert.toco_convert
- tensorflow.compat.v1.load_file_system_library tensorflow.python.framework.load_library.load_file_system_library
- tensorflow.compat.v1.local_variables tensorflow.python.ops.standard_ops.local_variables tensorflow.python.ops.variables.local_variables
- tensorflow.compat.v1.local_variables_initializer tensorflow.compat.v1.initializers.local_variables tensorflow.python.ops.standard_ops.local_variables_initializer tensorflow.python.ops.variables.local_variables_initializer
- tensorflow.compat.v1.logging.TaskLevelStatusMessage tensorflow.python.platform.tf_logging.TaskLevelStatusMessage
- tensorflow.compat.v1.logging.debug tensorflow.python.platform.tf_logging.debug
- tensorflow.compat.v1.logging.error tensorflow.python.platform.tf_logging.error
- tensorflow.compat.v1.logging.fatal tensorflow.python.platform.tf_logging.fatal
- tensorflow.compat.v1.logging.flush tensorflow.python.platform.tf_logging.flush
- tensorflow.compat.v1.logging.get_verbosity tensorflow.python.platform.tf_logging.get_verbosity
- tensorflow.compat.v1.logging.info tensorflow.python.platform.tf_logging.info
- tensorflow.compat.v1.logging.log tensorflow.python.platform.tf_logging.log
- tensorflow.compat.v1.logging.log_every_n tensorflow.python.platform.tf_logging.log_every_n
- tensorflow.compat.v1.logging.log_first_n tensorflow.python.platform.tf_logging.log_first_n
- tensorflow.compat.v1.logging.log_if tensorflow.python.platform.tf_logging.log_if
- tensorflow.compat.v1.logging.set_verbosity tensorflow.python.platform.tf_logging.set_verbosity
- tensorflow.compat.v1.logging.vlog tensorflow.python.platform.tf_logging.vlog
- tensorflow.compat.v1.logging.warn tensorflow.python.platform.tf_logging.warn
- tensorflow.compat.v1.logging.warning tensorflow.python.platform.tf_logging.warning
- tensorflow.compat.v1.lookup.StaticHashTable tensorflow.python.ops.lookup_ops.StaticHashTableV1
- tensorflow.compat.v1.lookup.StaticVocabularyTable tensorflow.python.ops.lookup_ops.StaticVocabularyTableV1
- tensorflow.compat.v1.losses.Reduction tensorflow.python.ops.losses.losses.Reduction tensorflow.python.ops.losses.losses_impl.Reduction
tensor tensorflow.compat.v1.losses.absolute_difference tensorflow.python.ops.losses.losses.absolute_difference tensorflow.python.ops.losses.losses_impl.absolute_difference
- tensorflow.compat.v1.losses.add_loss tensorflow.python.ops.losses.losses.add_loss tensorflow.python.ops.losses.util.add_loss
tensor tensorflow.compat.v1.losses.compute_weighted_loss tensorflow.python.ops.losses.losses.compute_weighted_loss tensorflow.python.ops.losses.losses_impl.compute_weighted_loss
tensor tensorflow.compat.v1.losses.cosine_distance tensorflow.python.ops.losses.losses.cosine_distance tensorflow.python.ops.losses.losses_impl.cosine_distance
tensor_list tensorflow.compat.v1.losses.get_losses tensorflow.python.ops.losses.losses.get_losses tensorflow.python.ops.losses.util.get_losses
-@1 tensorflow.compat.v1.losses.get_regularization_loss tensorflow.python.ops.losses.losses.get_regularization_loss tensorflow.python.ops.losses.util.get_regularization_loss
tensor_list tensorflow.compat.v1.losses.get_regularization_losses tensorflow.python.ops.losses.losses.get_regularization_losses tensorflow.python.ops.losses.util.get_regularization_losses
tensor@1 tensorflow.compat.v1.losses.get_total_loss tensorflow.python.ops.losses.losses.get_total_loss tensorflow.python.ops.losses.util.get_total_loss
tensor tensorflow.compat.v1.losses.hinge_loss tensorflow.python.ops.losses.losses.hinge_loss tensorflow.python.ops.losses.losses_impl.hinge_loss
tensor tensorflow.compat.v1.losses.huber_loss tensorflow.python.ops.losses.losses.huber_loss tensorflow.python.ops.losses.losses_impl.huber_loss
tensor tensorflow.compat.v1.losses.log_loss tensorflow.python.ops.losses.losses.log_loss tensorflow.python.ops.losses.losses_impl.log_loss
tensor tensorflow.compat.v1.losses.mean_pairwise_squared_error tensorflow.python.ops.losses.losses.mean_pairwise_squared_error tensorflow.python.ops.losses.losses_impl.mean_pairwise_squared_error
tensor tensorflow.compat.v1.losses.mean_squared_error tensorflow.python.ops.losses.losses.mean_squared_error tensorflow.python.ops.losses.losses_impl.mean_squared_error
tensor tensorflow.compat.v1.losses.sigmoid_cross_entropy tensorflow.python.ops.losses.losses.sigmoid_cross_entropy tensorflow.python.ops.losses.losses_impl.sigmoid_cross_entropy
tensor tensorflow.compat.v1.losses.softmax_cross_entropy tensorflow.python.ops.losses.losses.softmax_cross_entropy tensorflow.python.ops.losses.losses_impl.softmax_cross_entropy
tensor tensorflow.compat.v1.losses.sparse_softmax_cross_entropy tensorflow.python.ops.losses.losses.sparse_softmax_cross_entropy tensorflow.python.ops.losses.losses_impl.sparse_softmax_cross_entropy
- tensorflow.compat.v1.make_template tensorflow.python.ops.standard_ops.make_template tensorflow.python.ops.template.make_template
tensor@7 tensorflow.compat.v1.map_fn tensorflow.python.ops.map_fn.map_fn
tensor@3 tensorflow.compat.v1.math.in_top_k tensorflow.compat.v1.nn.in_top_k tensorflow.python.ops.nn.in_top_k tensorflow.python.ops.nn_ops.in_top_k
tensor@2 tensorflow.compat.v1.math.log_softmax tensorflow.compat.v1.nn.log_softmax tensorflow.python.keras.activations.log_softmax tensorflow.python.ops.nn.log_softmax tensorflow.python.ops.nn_ops.log_softmax
tensor@2 tensorflow.compat.v1.math.softmax tensorflow.compat.v1.nn.softmax tensorflow.python.ops.nn.softmax tensorflow.python.ops.nn_ops.softmax
tensor@5 tensorflow.compat.v1.metrics.accuracy tensorflow.python.ops.metrics_impl.accuracy
tensor@7 tensorflow.compat.v1.metrics.auc tensorflow.python.ops.metrics_impl.auc
tensor@6 tensorflow.compat.v1.metrics.average_precision_at_k tensorflow.python.ops.metrics_impl.average_precision_at_k
tensor@5 tensorflow.compat.v1.metrics.false_negatives tensorflow.python.ops.metrics_impl.false_negatives
tensor@6 tensorflow.compat.v1.metrics.false_negatives_at_thresholds tensorflow.python.ops.metrics_impl.false_negatives_at_thresholds
tensor@5 tensorflow.compat.v1.metrics.false_positives tensorflow.python.ops.metrics_impl.false_positives
tensor@6 tensorflow.compat.v1.metrics.false_positives_at_thresholds tensorflow.python.ops.metrics_impl.false_positives_at_thresholds
tensor@4 tensorflow.compat.v1.metrics.mean tensorflow.python.ops.metrics_impl.mean
tensor@5 tensorflow.compat.v1.metrics.mean_absolute_error tensorflow.python.ops.metrics_impl.mean_absolute_error
tensor@6 tensorflow.compat.v1.metrics.mean_cosine_distance tensorflow.python.ops.metrics_impl.mean_cosine_distance
tensor@6 tensorflow.compat.v1.metrics.mean_iou tensorflow.python.ops.metrics_impl.mean_iou
tensor@6 tensorflow.compat.v1.metrics.mean_per_class_accuracy tensorflow.python.ops.metrics_impl.mean_per_class_accuracy
tensor@6 tensorflow.compat.v1.metrics.mean_relative_error tensorflow.python.ops.metrics_impl.mean_relative_error
tensor@5 tensorflow.compat.v1.metrics.mean_squared_error tensorflow.python.ops.metrics_impl.mean_squared_error
tensor@4 tensorflow.compat.v1.metrics.mean_tensor tensorflow.python.ops.metrics_impl.mean_tensor
tensor@5 tensorflow.compat.v1.metrics.percentage_below tensorflow.python.ops.metrics_impl.percentage_below
tensor@5 tensorflow.compat.v1.metrics.precision tensorflow.python.ops.metrics_impl.precision
tensor@7 tensorflow.compat.v1.metrics.precision_at_k tensorflow.python.ops.metrics_impl.precision_at_k
tensor@6 tensorflow.compat.v1.metrics.precision_at_thresholds tensorflow.python.ops.metrics_impl.precision_at_thresholds
tensor@7 tensorflow.compat.v1.metrics.precision_at_top_k tensorflow.python.ops.metrics_impl.precision_at_top_k
tensor@5 tensorflow.compat.v1.metrics.recall tensorflow.python.ops.metrics_impl.recall
tensor@7 tensorflow.compat.v1.metrics.recall_at_k tensorflow.python.ops.metrics_impl.recall_at_k
tensor@6 tensorflow.compat.v1.metrics.recall_at_thresholds tensorflow.python.ops.metrics_impl.recall_at_thresholds
tensor@7 tensorflow.compat.v1.metrics.recall_at_top_k tensorflow.python.ops.metrics_impl.recall_at_top_k
tensor@5 tensorflow.compat.v1.metrics.root_mean_squared_error tensorflow.python.ops.metrics_impl.root_mean_squared_error
tensor@7 tensorflow.compat.v1.metrics.sensitivity_at_specificity tensorflow.python.ops.metrics_impl.sensitivity_at_specificity
-@6 tensorflow.compat.v1.metrics.sparse_average_precision_at_k tensorflow.python.ops.metrics_impl.sparse_average_precision_at_k
-@7 tensorflow.compat.v1.metrics.sparse_precision_at_k tensorflow.python.ops.metrics_impl.sparse_precision_at_k
tensor@7 tensorflow.compat.v1.metrics.specificity_at_sensitivity tensorflow.python.ops.metrics_impl.specificity_at_sensitivity
tensor@5 tensorflow.compat.v1.metrics.true_negatives tensorflow.python.ops.metrics_impl.true_negatives
tensor@6 tensorflow.compat.v1.metrics.true_negatives_at_thresholds tensorflow.python.ops.metrics_impl.true_negatives_at_thresholds
tensor@5 tensorflow.compat.v1.metrics.true_positives tensorflow.python.ops.metrics_impl.true_positives
tensor@6 tensorflow.compat.v1.metrics.true_positives_at_thresholds tensorflow.python.ops.metrics_impl.true_positives_at_thresholds
- tensorflow.compat.v1.min_max_variable_partitioner tensorflow.python.ops.partitioned_variables.min_max_variable_partitioner tensorflow.python.ops.standard_ops.min_max_variable_partitioner
- tensorflow.compat.v1.mixed_precision.DynamicLossScale tensorflow.compat.v1.mixed_precision.experimental.DynamicLossScale tensorflow.compat.v1.train.experimental.DynamicLossScale tensorflow.python.training.experimental.loss_scale.DynamicLossScale
- tensorflow.compat.v1.mixed_precision.FixedLossScale tensorflow.compat.v1.mixed_precision.experimental.FixedLossScale tensorflow.compat.v1.train.experimental.FixedLossScale tensorflow.python.training.experimental.loss_scale.FixedLossScale
- tensorflow.compat.v1.mixed_precision.LossScale tensorflow.compat.v1.mixed_precision.experimental.LossScale tensorflow.compat.v1.train.experimental.LossScale tensorflow.python.training.experimental.loss_scale.LossScale
- tensorflow.compat.v1.mixed_precision.MixedPrecisionLossScaleOptimizer tensorflow.compat.v1.train.experimental.MixedPrecisionLossScaleOptimizer tensorflow.python.training.experimental.loss_scale_optimizer.MixedPrecisionLossScaleOptimizer tensorflow.python.training.training.MixedPrecisionLossScaleOptimizer
- tensorflow.compat.v1.mixed_precision.disable_mixed_precision_graph_rewrite tensorflow.compat.v1.train.experimental.disable_mixed_precision_graph_rewrite tensorflow.python.training.experimental.mixed_precision.disable_mixed_precision_graph_rewrite_v1
- tensorflow.compat.v1.mixed_precision.enable_mixed_precision_graph_rewrite tensorflow.compat.v1.train.experimental.enable_mixed_precision_graph_rewrite tensorflow.python.training.experimental.mixed_precision.enable_mixed_precision_graph_rewrite_v1 tensorflow.python.training.training.enable_mixed_precision_graph_rewrite_v1
- tensorflow.compat.v1.model_variables tensorflow.python.ops.standard_ops.model_variables tensorflow.python.ops.variables.model_variables
- tensorflow.compat.v1.moving_average_variables tensorflow.python.ops.standard_ops.moving_average_variables tensorflow.python.ops.variables.moving_average_variables
-@3 tensorflow.compat.v1.multinomial tensorflow.compat.v1.random.multinomial tensorflow.python.ops.random_ops.multinomial tensorflow.python.ops.standard_ops.multinomial
-@0 tensorflow.compat.v1.name_scope tensorflow.python.framework.ops.name_scope_v1
tensor@5 tensorflow.compat.v1.nn.avg_pool tensorflow.compat.v1.nn.avg_pool2d tensorflow.python.ops.nn.avg_pool tensorflow.python.ops.nn_ops.avg_pool
-@7 tensorflow.compat.v1.nn.batch_norm_with_global_normalization tensorflow.python.ops.nn.batch_norm_with_global_normalization tensorflow.python.ops.nn_impl.batch_norm_with_global_normalization
- tensorflow.compat.v1.nn.bidirectional_dynamic_rnn tensorflow.python.ops.rnn.bidirectional_dynamic_rnn
tensor@6 tensorflow.compat.v1.nn.conv1d tensorflow.python.ops.nn.conv1d tensorflow.python.ops.nn_ops.conv1d
tensor@7 tensorflow.compat.v1.nn.conv2d tensorflow.python.ops.nn.conv2d tensorflow.python.ops.nn_ops.conv2d
tensor@8 tensorflow.compat.v1.nn.conv2d_backprop_filter tensorflow.python.ops.nn.conv2d_backprop_filter tensorflow.python.ops.nn_ops.conv2d_backprop_filter
tensor@8 tensorflow.compat.v1.nn.conv2d_backprop_input tensorflow.python.ops.nn.conv2d_backprop_input tensorflow.python.ops.nn_ops.conv2d_backprop_input
tensor@6 tensorflow.compat.v1.nn.conv2d_transpose tensorflow.python.ops.nn.conv2d_transpose tensorflow.python.ops.nn_ops.conv2d_transpose
tensor@6 tensorflow.compat.v1.nn.conv3d tensorflow.python.ops.nn.conv3d_v1 tensorflow.python.ops.nn_ops.conv3d_v1
tensor@6 tensorflow.compat.v1.nn.conv3d_transpose tensorflow.python.ops.nn.conv3d_transpose tensorflow.python.ops.nn_ops.conv3d_transpose
tensor@5 tensorflow.compat.v1.nn.convolution tensorflow.python.ops.nn.convolution tensorflow.python.ops.nn_ops.convolution
tensor@1 tensorflow.compat.v1.nn.crelu tensorflow.python.ops.nn.crelu tensorflow.python.ops.nn_ops.crelu
- tensorflow.compat.v1.nn.ctc_beam_search_decoder tensorflow.python.ops.ctc_ops.ctc_beam_search_decoder tensorflow.python.ops.nn.ctc_beam_search_decoder
tensor tensorflow.compat.v1.nn.ctc_loss tensorflow.python.ops.ctc_ops.ctc_loss tensorflow.python.ops.nn.ctc_loss
tensor@7 tensorflow.compat.v1.nn.ctc_loss_v2 tensorflow.python.ops.ctc_ops.ctc_loss_v2 tensorflow.python.ops.nn.ctc_loss_v2
tensor@5 tensorflow.compat.v1.nn.depthwise_conv2d tensorflow.python.ops.nn.depthwise_conv2d tensorflow.python.ops.nn_impl.depthwise_conv2d
tensor@6 tensorflow.compat.v1.nn.depthwise_conv2d_native tensorflow.python.ops.nn.depthwise_conv2d_native tensorflow.python.ops.nn_ops.depthwise_conv2d_native
tensor@5 tensorflow.compat.v1.nn.dilation2d tensorflow.python.ops.nn.dilation2d_v1 tensorflow.python.ops.nn_ops.dilation2d_v1
tensor@4 tensorflow.compat.v1.nn.dropout tensorflow.python.ops.nn.dropout tensorflow.python.ops.nn_ops.dropout
- tensorflow.compat.v1.nn.dynamic_rnn tensorflow.python.ops.rnn.dynamic_rnn
tensor@3 tensorflow.compat.v1.nn.embedding_lookup tensorflow.python.ops.embedding_ops.embedding_lookup tensorflow.python.ops.nn.embedding_lookup
tensor@4 tensorflow.compat.v1.nn.embedding_lookup_sparse tensorflow.python.ops.embedding_ops.embedding_lookup_sparse tensorflow.python.ops.nn.embedding_lookup_sparse
tensor@5 tensorflow.compat.v1.nn.erosion2d tensorflow.python.ops.nn.erosion2d tensorflow.python.ops.nn_ops.erosion2d
-@7 tensorflow.compat.v1.nn.fractional_avg_pool tensorflow.python.ops.nn.fractional_avg_pool tensorflow.python.ops.nn_ops.fractional_avg_pool
-@7 tensorflow.compat.v1.nn.fractional_max_pool tensorflow.python.ops.nn.fractional_max_pool tensorflow.python.ops.nn_ops.fractional_max_pool
tensor@8 tensorflow.compat.v1.nn.fused_batch_norm tensorflow.python.ops.nn.fused_batch_norm tensorflow.python.ops.nn_impl.fused_batch_norm
tensor@5 tensorflow.compat.v1.nn.max_pool tensorflow.python.ops.nn.max_pool tensorflow.python.ops.nn_ops.max_pool
tensor_list@6 tensorflow.compat.v1.nn.max_pool_with_argmax tensorflow.python.ops.nn.max_pool_with_argmax_v1 tensorflow.python.ops.nn_ops.max_pool_with_argmax_v1
tensor_list@3 tensorflow.compat.v1.nn.moments tensorflow.python.ops.nn.moments tensorflow.python.ops.nn_impl.moments
tensor@10 tensorflow.compat.v1.nn.nce_loss tensorflow.python.ops.nn.nce_loss tensorflow.python.ops.nn_impl.nce_loss
tensor@6 tensorflow.compat.v1.nn.pool tensorflow.python.ops.nn.pool tensorflow.python.ops.nn_ops.pool
- tensorflow.compat.v1.nn.raw_rnn tensorflow.python.ops.rnn.raw_rnn
tensor@3 tensorflow.compat.v1.nn.relu_layer tensorflow.python.ops.nn.relu_layer tensorflow.python.ops.nn_impl.relu_layer
tensor@5 tensorflow.compat.v1.nn.safe_embedding_lookup_sparse tensorflow.python.ops.embedding_ops.safe_embedding_lookup_sparse tensorflow.python.ops.nn.safe_embedding_lookup_sparse
tensor@10 tensorflow.compat.v1.nn.sampled_softmax_loss tensorflow.python.ops.nn.sampled_softmax_loss tensorflow.python.ops.nn_impl.sampled_softmax_loss
tensor@6 tensorflow.compat.v1.nn.separable_conv2d tensorflow.python.ops.nn.separable_conv2d tensorflow.python.ops.nn_impl.separable_conv2d
tensor@2 tensorflow.compat.v1.nn.sigmoid_cross_entropy_with_logits tensorflow.python.ops.nn.sigmoid_cross_entropy_with_logits tensorflow.python.ops.nn_impl.sigmoid_cross_entropy_with_logits
tensor@3 tensorflow.compat.v1.nn.softmax_cross_entropy_with_logits tensorflow.python.ops.nn.softmax_cross_entropy_with_logits tensorflow.python.ops.nn_ops.softmax_cross_entropy_with_logits
tensor@3 tensorflow.compat.v1.nn.softmax_cross_entropy_with_logits_v2 tensorflow.python.ops.nn.softmax_cross_entropy_with_logits_v2_helper tensorflow.python.ops.nn_ops.softmax_cross_entropy_with_logits_v2_helper
tensor@2 tensorflow.compat.v1.nn.sparse_softmax_cross_entropy_with_logits tensorflow.python.ops.nn.sparse_softmax_cross_entropy_with_logits tensorflow.python.ops.nn_ops.sparse_softmax_cross_entropy_with_logits
- tensorflow.compat.v1.nn.static_bidirectional_rnn tensorflow.python.ops.rnn.static_bidirectional_rnn
- tensorflow.compat.v1.nn.static_rnn tensorflow.python.ops.rnn.static_rnn
- tensorflow.compat.v1.nn.static_state_saving_rnn tensorflow.python.ops.rnn.static_state_saving_rnn
tensor_list@4 tensorflow.compat.v1.nn.sufficient_statistics tensorflow.python.ops.nn.sufficient_statistics tensorflow.python.ops.nn_impl.sufficient_statistics
tensor@3 tensorflow.compat.v1.nn.weighted_cross_entropy_with_logits tensorflow.python.ops.nn.weighted_cross_entropy_with_logits tensorflow.python.ops.nn_impl.weighted_cross_entropy_with_logits
tensor_list@3 tensorflow.compat.v1.nn.weighted_moments tensorflow.python.ops.nn.weighted_moments tensorflow.python.ops.nn_impl.weighted_moments
tensor@3 tensorflow.compat.v1.nn.xw_plus_b tensorflow.python.ops.nn.xw_plus_b tensorflow.python.ops.nn_ops.xw_plus_b
- tensorflow.compat.v1.no_regularizer tensorflow.python.ops.standard_ops.no_regularizer tensorflow.python.ops.variable_scope.no_regularizer
tensor@4 tensorflow.compat.v1.norm tensorflow.compat.v1.linalg.norm tensorflow.python.ops.linalg.linalg_impl.norm tensorflow.python.ops.linalg_ops.norm tensorflow.python.ops.standard_ops.norm
- tensorflow.compat.v1.ones_initializer tensorflow.compat.v1.initializers.ones tensorflow.python.ops.init_ops.Ones tensorflow.python.ops.init_ops.ones_initializer tensorflow.python.ops.standard_ops.Ones tensorflow.python.ops.standard_ops.ones_initializer
tensor@2 tensorflow.compat.v1.ones_like tensorflow.python.ops.array_ops.ones_like
-@1 tensorflow.compat.v1.op_scope tensorflow.python.framework.ops.op_scope
- tensorflow.compat.v1.orthogonal_initializer tensorflow.compat.v1.initializers.orthogonal tensorflow.python.ops.init_ops.Orthogonal tensorflow.python.ops.init_ops.orthogonal_initializer tensorflow.python.ops.standard_ops.Orthogonal tensorflow.python.ops.standard_ops.orthogonal_initializer
tensor@3 tensorflow.compat.v1.pad tensorflow.python.ops.array_ops.pad tensorflow.python.ops.standard_ops.pad
tensor_dict@2 tensorflow.compat.v1.parse_example tensorflow.compat.v1.io.parse_example tensorflow.python.ops.parsing_ops.parse_example tensorflow.python.ops.standard_ops.parse_example
tensor_dict@2 tensorflow.compat.v1.parse_single_example tensorflow.compat.v1.io.parse_single_example tensorflow.python.ops.parsing_ops.parse_single_example tensorflow.python.ops.standard_ops.parse_single_example
tensor@2 tensorflow.compat.v1.placeholder tensorflow.python.ops.array_ops.placeholder tensorflow.python.ops.standard_ops.placeholder
tensor@2 tensorflow.compat.v1.placeholder_with_default tensorflow.python.ops.array_ops.placeholder_with_default tensorflow.python.ops.standard_ops.placeholder_with_default
- tensorflow.compat.v1.profiler.AdviceProto tensorflow.core.profiler.tfprof_output_pb2.AdviceProto tensorflow.python.profiler.profiler.AdviceProto
- tensorflow.compat.v1.profiler.GraphNodeProto tensorflow.core.profiler.tfprof_output_pb2.GraphNodeProto tensorflow.python.profiler.profiler.GraphNodeProto
- tensorflow.compat.v1.profiler.MultiGraphNodeProto tensorflow.core.profiler.tfprof_output_pb2.MultiGraphNodeProto tensorflow.python.profiler.profiler.MultiGraphNodeProto
- tensorflow.compat.v1.profiler.OpLogProto tensorflow.core.profiler.tfprof_log_pb2.OpLogProto tensorflow.python.profiler.profiler.OpLogProto
- tensorflow.compat.v1.profiler.ProfileOptionBuilder tensorflow.python.profiler.option_builder.ProfileOptionBuilder tensorflow.python.profiler.profiler.ProfileOptionBuilder
- tensorflow.compat.v1.profiler.Profiler tensorflow.python.profiler.model_analyzer.Profiler tensorflow.python.profiler.profiler.Profiler
- tensorflow.compat.v1.profiler.advise tensorflow.python.profiler.model_analyzer.advise tensorflow.python.profiler.profiler.advise
- tensorflow.compat.v1.profiler.profile tensorflow.python.profiler.model_analyzer.profile tensorflow.python.profiler.profiler.profile
- tensorflow.compat.v1.profiler.write_op_log tensorflow.python.profiler.profiler.write_op_log tensorflow.python.profiler.tfprof_logger.write_op_log
tensor_list@4 tensorflow.compat.v1.py_func tensorflow.python.ops.script_ops.py_func tensorflow.python.ops.standard_ops.py_func
-@5 tensorflow.compat.v1.quantize_v2 tensorflow.python.ops.array_ops.quantize_v2 tensorflow.python.ops.standard_ops.quantize_v2
- tensorflow.compat.v1.ragged.RaggedTensorValue tensorflow.python.ops.ragged.ragged_tensor_value.RaggedTensorValue
- tensorflow.compat.v1.ragged.constant_value tensorflow.python.ops.ragged.ragged_factory_ops.constant_value
tensor@3 tensorflow.compat.v1.ragged.placeholder tensorflow.python.ops.ragged.ragged_factory_ops.placeholder
-@4 tensorflow.compat.v1.random.stateless_multinomial tensorflow.python.ops.standard_ops.stateless_multinomial tensorflow.python.ops.stateless_random_ops.stateless_multinomial
- tensorflow.compat.v1.random_normal_initializer tensorflow.compat.v1.initializers.random_normal tensorflow.python.ops.init_ops.RandomNormal tensorflow.python.ops.init_ops.random_normal_initializer tensorflow.python.ops.standard_ops.RandomNormal tensorflow.python.ops.standard_ops.random_normal_initializer
tensor@4 tensorflow.compat.v1.random_poisson tensorflow.compat.v1.random.poisson tensorflow.python.ops.random_ops.random_poisson tensorflow.python.ops.standard_ops.random_poisson
- tensorflow.compat.v1.random_uniform_initializer tensorflow.compat.v1.initializers.random_uniform tensorflow.python.ops.init_ops.RandomUniform tensorflow.python.ops.init_ops.random_uniform_initializer tensorflow.python.ops.standard_ops.random_uniform_initializer
tensor@3 tensorflow.compat.v1.reduce_all tensorflow.compat.v1.math.reduce_all tensorflow.python.ops.math_ops.reduce_all_v1 tensorflow.python.ops.standard_ops.reduce_all_v1
tensor@3 tensorflow.compat.v1.reduce_any tensorflow.compat.v1.math.reduce_any tensorflow.python.ops.math_ops.reduce_any_v1 tensorflow.python.ops.standard_ops.reduce_any_v1
tensor@4 tensorflow.compat.v1.reduce_join tensorflow.compat.v1.strings.reduce_join tensorflow.python.ops.standard_ops.reduce_join tensorflow.python.ops.string_ops.reduce_join
tensor@3 tensorflow.compat.v1.reduce_logsumexp tensorflow.compat.v1.math.reduce_logsumexp tensorflow.python.ops.math_ops.reduce_logsumexp_v1 tensorflow.python.ops.standard_ops.reduce_logsumexp_v1
tensor@3 tensorflow.compat.v1.reduce_max tensorflow.compat.v1.math.reduce_max tensorflow.python.ops.math_ops.reduce_max_v1 tensorflow.python.ops.standard_ops.reduce_max_v1
tensor@3 tensorflow.compat.v1.reduce_mean tensorflow.compat.v1.math.reduce_mean tensorflow.python.ops.math_ops.reduce_mean_v1 tensorflow.python.ops.standard_ops.reduce_mean_v1
tensor@3 tensorflow.compat.v1.reduce_min tensorflow.compat.v1.math.reduce_min tensorflow.python.ops.math_ops.reduce_min_v1 tensorflow.python.ops.standard_ops.reduce_min_v1
tensor@3 tensorflow.compat.v1.reduce_prod tensorflow.compat.v1.math.reduce_prod tensorflow.python.ops.math_ops.reduce_prod_v1 tensorflow.python.ops.standard_ops.reduce_prod_v1
tensor@3 tensorflow.compat.v1.reduce_sum tensorflow.compat.v1.math.reduce_sum tensorflow.python.ops.math_ops.reduce_sum_v1 tensorflow.python.ops.standard_ops.reduce_sum_v1
tensor@1 tensorflow.compat.v1.report_uninitialized_variables tensorflow.python.ops.standard_ops.report_uninitialized_variables tensorflow.python.ops.variables.report_uninitialized_variables
- tensorflow.compat.v1.reset_default_graph tensorflow.python.framework.ops.reset_default_graph
- tensorflow.compat.v1.resource_loader.get_data_files_path tensorflow.python.platform.resource_loader.get_data_files_path
- tensorflow.compat.v1.resource_loader.get_path_to_datafile tensorflow.python.platform.resource_loader.get_path_to_datafile
- tensorflow.compat.v1.resource_loader.get_root_dir_with_all_resources tensorflow.python.platform.resource_loader.get_root_dir_with_all_resources
- tensorflow.compat.v1.resource_loader.load_resource tensorflow.python.platform.resource_loader.load_resource
- tensorflow.compat.v1.resource_loader.readahead_file_path tensorflow.python.platform.resource_loader.readahead_file_path
- tensorflow.compat.v1.resource_variables_enabled tensorflow.python.ops.resource_variables_toggle.resource_variables_enabled
tensor@4 tensorflow.compat.v1.reverse_sequence tensorflow.python.ops.array_ops.reverse_sequence tensorflow.python.ops.standard_ops.reverse_sequence
- tensorflow.compat.v1.saved_model.Builder tensorflow.compat.v1.saved_model.builder.SavedModelBuilder tensorflow.python.saved_model.builder.SavedModelBuilder tensorflow.python.saved_model.builder_impl.SavedModelBuilder
- tensorflow.compat.v1.saved_model.build_signature_def tensorflow.compat.v1.saved_model.signature_def_utils.build_signature_def tensorflow.python.saved_model.signature_def_utils.build_signature_def tensorflow.python.saved_model.signature_def_utils_impl.build_signature_def
- tensorflow.compat.v1.saved_model.build_tensor_info tensorflow.compat.v1.saved_model.utils.build_tensor_info tensorflow.python.saved_model.utils.build_tensor_info tensorflow.python.saved_model.utils_impl.build_tensor_info
- tensorflow.compat.v1.saved_model.classification_signature_def tensorflow.compat.v1.saved_model.signature_def_utils.classification_signature_def tensorflow.python.saved_model.signature_def_utils.classification_signature_def tensorflow.python.saved_model.signature_def_utils_impl.classification_signature_def
- tensorflow.compat.v1.saved_model.contains_saved_model tensorflow.compat.v1.saved_model.loader.maybe_saved_model_directory tensorflow.compat.v1.saved_model.maybe_saved_model_directory tensorflow.python.saved_model.loader.maybe_saved_model_directory tensorflow.python.saved_model.loader_impl.maybe_saved_model_directory
- tensorflow.compat.v1.saved_model.get_tensor_from_tensor_info tensorflow.compat.v1.saved_model.utils.get_tensor_from_tensor_info tensorflow.python.saved_model.utils.get_tensor_from_tensor_info tensorflow.python.saved_model.utils_impl.get_tensor_from_tensor_info
- tensorflow.compat.v1.saved_model.is_valid_signature tensorflow.compat.v1.saved_model.signature_def_utils.is_valid_signature tensorflow.python.saved_model.signature_def_utils.is_valid_signature tensorflow.python.saved_model.signature_def_utils_impl.is_valid_signature
- tensorflow.compat.v1.saved_model.load tensorflow.compat.v1.saved_model.loader.load tensorflow.python.saved_model.loader.load tensorflow.python.saved_model.loader_impl.load
- tensorflow.compat.v1.saved_model.main_op.main_op tensorflow.python.saved_model.main_op_impl.main_op
- tensorflow.compat.v1.saved_model.main_op_with_restore tensorflow.compat.v1.saved_model.main_op.main_op_with_restore tensorflow.python.saved_model.main_op_impl.main_op_with_restore
- tensorflow.compat.v1.saved_model.predict_signature_def tensorflow.compat.v1.saved_model.signature_def_utils.predict_signature_def tensorflow.python.saved_model.signature_def_utils.predict_signature_def tensorflow.python.saved_model.signature_def_utils_impl.predict_signature_def
- tensorflow.compat.v1.saved_model.regression_signature_def tensorflow.compat.v1.saved_model.signature_def_utils.regression_signature_def tensorflow.python.saved_model.signature_def_utils.regression_signature_def tensorflow.python.saved_model.signature_def_utils_impl.regression_signature_def
- tensorflow.compat.v1.saved_model.signature_def_utils.MethodNameUpdater tensorflow.python.saved_model.method_name_updater.MethodNameUpdater
- tensorflow.compat.v1.saved_model.simple_save tensorflow.python.saved_model.simple_save.simple_save
tensor@2 tensorflow.compat.v1.scalar_mul tensorflow.compat.v1.math.scalar_mul tensorflow.python.ops.math_ops.scalar_mul tensorflow.python.ops.standard_ops.scalar_mul
tensor@8 tensorflow.compat.v1.scan tensorflow.python.ops.functional_ops.scan tensorflow.python.ops.standard_ops.scan
-@4 tensorflow.compat.v1.scatter_add tensorflow.python.ops.standard_ops.scatter_add tensorflow.python.ops.state_ops.scatter_add
tensor@4 tensorflow.compat.v1.scatter_div tensorflow.python.ops.standard_ops.scatter_div tensorflow.python.ops.state_ops.scatter_div
tensor@4 tensorflow.compat.v1.scatter_max tensorflow.python.ops.standard_ops.scatter_max tensorflow.python.ops.state_ops.scatter_max
tensor@4 tensorflow.compat.v1.scatter_min tensorflow.python.ops.standard_ops.scatter_min tensorflow.python.ops.state_ops.scatter_min
tensor@4 tensorflow.compat.v1.scatter_mul tensorflow.python.ops.standard_ops.scatter_mul tensorflow.python.ops.state_ops.scatter_mul
tensor@4 tensorflow.compat.v1.scatter_nd_add tensorflow.python.ops.standard_ops.scatter_nd_add tensorflow.python.ops.state_ops.scatter_nd_add
tensor@4 tensorflow.compat.v1.scatter_nd_sub tensorflow.python.ops.standard_ops.scatter_nd_sub tensorflow.python.ops.state_ops.scatter_nd_sub
-@4 tensorflow.compat.v1.scatter_nd_update tensorflow.python.ops.standard_ops.scatter_nd_update tensorflow.python.ops.state_ops.scatter_nd_update
tensor@4 tensorflow.compat.v1.scatter_sub tensorflow.python.ops.standard_ops.scatter_sub tensorflow.python.ops.state_ops.scatter_sub
-@4 tensorflow.compat.v1.scatter_update tensorflow.python.ops.standard_ops.scatter_update tensorflow.python.ops.state_ops.scatter_update
tensor@1 tensorflow.compat.v1.serialize_many_sparse tensorflow.compat.v1.io.serialize_many_sparse tensorflow.python.ops.sparse_ops.serialize_many_sparse tensorflow.python.ops.standard_ops.serialize_many_sparse
tensor@1 tensorflow.compat.v1.serialize_sparse tensorflow.compat.v1.io.serialize_sparse tensorflow.python.ops.sparse_ops.serialize_sparse tensorflow.python.ops.standard_ops.serialize_sparse
- tensorflow.compat.v1.set_random_seed tensorflow.compat.v1.random.set_random_seed tensorflow.python.framework.random_seed.set_random_seed
tensor_list@3 tensorflow.compat.v1.setdiff1d tensorflow.python.ops.array_ops.setdiff1d tensorflow.python.ops.standard_ops.setdiff1d
tensor@1 tensorflow.compat.v1.shape tensorflow.python.ops.array_ops.shape tensorflow.python.ops.standard_ops.shape
tensor@1 tensorflow.compat.v1.size tensorflow.python.ops.array_ops.size tensorflow.python.ops.standard_ops.size
tensor@3 tensorflow.compat.v1.space_to_batch tensorflow.compat.v1.nn.space_to_batch tensorflow.python.ops.array_ops.space_to_batch tensorflow.python.ops.standard_ops.space_to_batch
tensor@2 tensorflow.compat.v1.space_to_depth tensorflow.compat.v1.nn.space_to_depth tensorflow.python.ops.array_ops.space_to_depth tensorflow.python.ops.standard_ops.space_to_depth
tensor tensorflow.compat.v1.sparse_add tensorflow.compat.v1.sparse.add tensorflow.python.ops.sparse_ops.sparse_add tensorflow.python.ops.standard_ops.sparse_add
tensor@2 tensorflow.compat.v1.sparse_concat tensorflow.compat.v1.sparse.concat tensorflow.python.ops.sparse_ops.sparse_concat tensorflow.python.ops.standard_ops.sparse_concat
tensor@3 tensorflow.compat.v1.sparse_merge tensorflow.compat.v1.sparse.merge tensorflow.python.ops.sparse_ops.sparse_merge tensorflow.python.ops.standard_ops.sparse_merge
tensor@2 tensorflow.compat.v1.sparse_placeholder tensorflow.compat.v1.sparse.placeholder tensorflow.python.ops.array_ops.sparse_placeholder tensorflow.python.ops.standard_ops.sparse_placeholder
tensor tensorflow.compat.v1.sparse_reduce_max tensorflow.compat.v1.sparse.reduce_max tensorflow.python.ops.sparse_ops.sparse_reduce_max tensorflow.python.ops.standard_ops.sparse_reduce_max
tensor tensorflow.compat.v1.sparse_reduce_max_sparse tensorflow.compat.v1.sparse.reduce_max_sparse tensorflow.python.ops.sparse_ops.sparse_reduce_max_sparse tensorflow.python.ops.standard_ops.sparse_reduce_max_sparse
tensor tensorflow.compat.v1.sparse_reduce_sum tensorflow.compat.v1.sparse.reduce_sum tensorflow.python.ops.sparse_ops.sparse_reduce_sum tensorflow.python.ops.standard_ops.sparse_reduce_sum
tensor tensorflow.compat.v1.sparse_reduce_sum_sparse tensorflow.compat.v1.sparse.reduce_sum_sparse tensorflow.python.ops.sparse_ops.sparse_reduce_sum_sparse tensorflow.python.ops.standard_ops.sparse_reduce_sum_sparse
tensor@3 tensorflow.compat.v1.sparse_segment_mean tensorflow.compat.v1.sparse.segment_mean tensorflow.python.ops.math_ops.sparse_segment_mean tensorflow.python.ops.standard_ops.sparse_segment_mean
tensor@3 tensorflow.compat.v1.sparse_segment_sqrt_n tensorflow.compat.v1.sparse.segment_sqrt_n tensorflow.python.ops.math_ops.sparse_segment_sqrt_n tensorflow.python.ops.standard_ops.sparse_segment_sqrt_n
tensor@3 tensorflow.compat.v1.sparse_segment_sum tensorflow.compat.v1.sparse.segment_sum tensorflow.python.ops.math_ops.sparse_segment_sum tensorflow.python.ops.standard_ops.sparse_segment_sum
tensor_list@4 tensorflow.compat.v1.sparse_split tensorflow.compat.v1.sparse.split tensorflow.python.ops.sparse_ops.sparse_split tensorflow.python.ops.standard_ops.sparse_split
tensor@5 tensorflow.compat.v1.sparse_to_dense tensorflow.python.ops.sparse_ops.sparse_to_dense tensorflow.python.ops.standard_ops.sparse_to_dense
tensor@2 tensorflow.compat.v1.squeeze tensorflow.python.ops.array_ops.squeeze
tensor@5 tensorflow.compat.v1.string_split tensorflow.python.ops.ragged.ragged_string_ops.string_split
tensor@2 tensorflow.compat.v1.string_to_hash_bucket tensorflow.compat.v1.strings.to_hash_bucket tensorflow.python.ops.standard_ops.string_to_hash_bucket_v1 tensorflow.python.ops.string_ops.string_to_hash_bucket_v1
tensor@2 tensorflow.compat.v1.string_to_number tensorflow.compat.v1.strings.to_number tensorflow.python.ops.standard_ops.string_to_number_v1 tensorflow.python.ops.string_ops.string_to_number_v1
tensor@1 tensorflow.compat.v1.strings.length tensorflow.python.ops.standard_ops.string_length tensorflow.python.ops.string_ops.string_length
tensor@5 tensorflow.compat.v1.strings.split tensorflow.python.ops.ragged.ragged_string_ops.strings_split_v1
tensor@3 tensorflow.compat.v1.strings.substr tensorflow.python.ops.standard_ops.substr tensorflow.python.ops.string_ops.substr
tensor@3 tensorflow.compat.v1.substr tensorflow.python.ops.standard_ops.substr_deprecated tensorflow.python.ops.string_ops.substr_deprecated
- tensorflow.compat.v1.summary.FileWriter tensorflow.python.summary.summary.FileWriter tensorflow.python.summary.writer.writer.FileWriter tensorflow.python.summary.writer.writer_cache.FileWriter
- tensorflow.compat.v1.summary.FileWriterCache tensorflow.python.summary.summary.FileWriterCache tensorflow.python.summary.writer.writer_cache.FileWriterCache tensorflow.python.training.basic_session_run_hooks.SummaryWriterCache tensorflow.python.training.summary_io.SummaryWriterCache
- tensorflow.compat.v1.summary.SummaryDescription tensorflow.core.framework.summary_pb2.SummaryDescription tensorflow.python.proto_exports.SummaryDescription tensorflow.python.summary.summary.SummaryDescription
- tensorflow.compat.v1.summary.TaggedRunMetadata tensorflow.core.util.event_pb2.TaggedRunMetadata tensorflow.python.proto_exports.TaggedRunMetadata tensorflow.python.summary.summary.TaggedRunMetadata
- tensorflow.compat.v1.summary.all_v2_summary_ops tensorflow.python.ops.summary_ops_v2.all_v2_summary_ops
-@0 tensorflow.compat.v1.summary.audio tensorflow.python.summary.summary.audio
- tensorflow.compat.v1.summary.get_summary_description tensorflow.python.summary.summary.get_summary_description
-@0 tensorflow.compat.v1.summary.histogram tensorflow.python.summary.summary.histogram
-@0 tensorflow.compat.v1.summary.image tensorflow.python.summary.summary.image
- tensorflow.compat.v1.summary.initialize tensorflow.python.ops.summary_ops_v2.initialize
-@2 tensorflow.compat.v1.summary.merge tensorflow.python.summary.summary.merge
-@2 tensorflow.compat.v1.summary.merge_all tensorflow.python.summary.summary.merge_all
-@0 tensorflow.compat.v1.summary.scalar tensorflow.python.summary.summary.scalar
-@0 tensorflow.compat.v1.summary.tensor_summary tensorflow.python.summary.summary.tensor_summary
-@0 tensorflow.compat.v1.summary.text tensorflow.python.summary.summary.text
-@0 tensorflow.compat.v1.tables_initializer tensorflow.compat.v1.initializers.tables_initializer tensorflow.python.ops.lookup_ops.tables_initializer tensorflow.python.ops.standard_ops.tables_initializer
- tensorflow.compat.v1.test.StubOutForTesting tensorflow.python.eager.test.StubOutForTesting tensorflow.python.platform.googletest.StubOutForTesting tensorflow.python.platform.test.StubOutForTesting
- tensorflow.compat.v1.test.assert_equal_graph_def tensorflow.python.framework.test_util.assert_equal_graph_def_v1
- tensorflow.compat.v1.test.compute_gradient tensorflow.python.eager.test.compute_gradient tensorflow.python.ops.gradient_checker.compute_gradient tensorflow.python.platform.test.compute_gradient
- tensorflow.compat.v1.test.compute_gradient_error tensorflow.python.eager.test.compute_gradient_error tensorflow.python.ops.gradient_checker.compute_gradient_error tensorflow.python.platform.test.compute_gradient_error
- tensorflow.compat.v1.test.get_temp_dir tensorflow.python.eager.test.get_temp_dir tensorflow.python.platform.test.get_temp_dir
- tensorflow.compat.v1.test.test_src_dir_path tensorflow.python.eager.test.test_src_dir_path tensorflow.python.platform.test.test_src_dir_path
tensor@1 tensorflow.compat.v1.to_bfloat16 tensorflow.python.ops.math_ops.to_bfloat16 tensorflow.python.ops.standard_ops.to_bfloat16
tensor@1 tensorflow.compat.v1.to_complex128 tensorflow.python.ops.math_ops.to_complex128 tensorflow.python.ops.standard_ops.to_complex128
tensor@1 tensorflow.compat.v1.to_complex64 tensorflow.python.ops.math_ops.to_complex64 tensorflow.python.ops.standard_ops.to_complex64
tensor@1 tensorflow.compat.v1.to_double tensorflow.python.ops.math_ops.to_double tensorflow.python.ops.standard_ops.to_double
tensor@1 tensorflow.compat.v1.to_float tensorflow.python.ops.math_ops.to_float tensorflow.python.ops.standard_ops.to_float
tensor@1 tensorflow.compat.v1.to_int32 tensorflow.python.ops.math_ops.to_int32 tensorflow.python.ops.standard_ops.to_int32
tensor@1 tensorflow.compat.v1.to_int64 tensorflow.python.ops.math_ops.to_int64 tensorflow.python.ops.standard_ops.to_int64
-@2 tensorflow.compat.v1.tpu.CrossShardOptimizer tensorflow.python.tpu.tpu_optimizer.CrossShardOptimizer
- tensorflow.compat.v1.tpu.PaddingSpec tensorflow.python.tpu.tpu.PaddingSpec
-@5 tensorflow.compat.v1.tpu.batch_parallel tensorflow.python.tpu.tpu.batch_parallel
generator@0 tensorflow.compat.v1.tpu.bfloat16_scope tensorflow.python.tpu.bfloat16.bfloat16_scope
- tensorflow.compat.v1.tpu.core tensorflow.python.tpu.tpu.core tensorflow.python.tpu.tpu_name_util.core
-@2 tensorflow.compat.v1.tpu.cross_replica_sum tensorflow.python.tpu.ops.tpu_ops.cross_replica_sum
- tensorflow.compat.v1.tpu.experimental.embedding_column tensorflow.python.tpu.feature_column_v2.embedding_column_v2
- tensorflow.compat.v1.tpu.experimental.shared_embedding_columns tensorflow.python.tpu.feature_column_v2.shared_embedding_columns_v2
tensor tensorflow.compat.v1.tpu.initialize_system tensorflow.python.tpu.tpu.initialize_system
- tensorflow.compat.v1.tpu.outside_compilation tensorflow.python.tpu.tpu_replication.outside_compilation
-@4 tensorflow.compat.v1.tpu.replicate tensorflow.python.tpu.tpu.replicate
-@4 tensorflow.compat.v1.tpu.rewrite tensorflow.python.tpu.tpu.rewrite
-@8 tensorflow.compat.v1.tpu.shard tensorflow.python.tpu.tpu.shard
- tensorflow.compat.v1.tpu.shutdown_system tensorflow.python.tpu.tpu.shutdown_system
-@4 tensorflow.compat.v1.train.AdadeltaOptimizer tensorflow.python.training.adadelta.AdadeltaOptimizer tensorflow.python.training.training.AdadeltaOptimizer
-@6 tensorflow.compat.v1.train.AdagradDAOptimizer tensorflow.python.training.adagrad_da.AdagradDAOptimizer tensorflow.python.training.training.AdagradDAOptimizer
-@3 tensorflow.compat.v1.train.AdagradOptimizer tensorflow.python.training.adagrad.AdagradOptimizer tensorflow.python.training.training.AdagradOptimizer
-@5 tensorflow.compat.v1.train.AdamOptimizer tensorflow.python.training.adam.AdamOptimizer tensorflow.python.training.training.AdamOptimizer
- tensorflow.compat.v1.train.Checkpoint tensorflow.python.checkpoint.checkpoint.CheckpointV1
- tensorflow.compat.v1.train.CheckpointSaverHook tensorflow.python.training.basic_session_run_hooks.CheckpointSaverHook tensorflow.python.training.training.CheckpointSaverHook
- tensorflow.compat.v1.train.CheckpointSaverListener tensorflow.python.training.basic_session_run_hooks.CheckpointSaverListener tensorflow.python.training.training.CheckpointSaverListener
- tensorflow.compat.v1.train.ChiefSessionCreator tensorflow.python.training.monitored_session.ChiefSessionCreator tensorflow.python.training.training.ChiefSessionCreator
- tensorflow.compat.v1.train.FeedFnHook tensorflow.python.training.basic_session_run_hooks.FeedFnHook tensorflow.python.training.training.FeedFnHook
- tensorflow.compat.v1.train.FinalOpsHook tensorflow.python.training.basic_session_run_hooks.FinalOpsHook tensorflow.python.training.training.FinalOpsHook
-@6 tensorflow.compat.v1.train.FtrlOptimizer tensorflow.python.training.ftrl.FtrlOptimizer tensorflow.python.training.training.FtrlOptimizer
- tensorflow.compat.v1.train.GlobalStepWaiterHook tensorflow.python.training.basic_session_run_hooks.GlobalStepWaiterHook tensorflow.python.training.training.GlobalStepWaiterHook
-@2 tensorflow.compat.v1.train.GradientDescentOptimizer tensorflow.python.training.gradient_descent.GradientDescentOptimizer tensorflow.python.training.training.GradientDescentOptimizer
- tensorflow.compat.v1.train.LoggingTensorHook tensorflow.python.training.basic_session_run_hooks.LoggingTensorHook tensorflow.python.training.training.LoggingTensorHook
- tensorflow.compat.v1.train.LooperThread tensorflow.python.training.coordinator.LooperThread tensorflow.python.training.training.LooperThread
-@3 tensorflow.compat.v1.train.MomentumOptimizer tensorflow.python.training.momentum.MomentumOptimizer tensorflow.python.training.training.MomentumOptimizer
- tensorflow.compat.v1.train.MonitoredSession tensorflow.python.training.monitored_session.MonitoredSession tensorflow.python.training.training.MonitoredSession
- tensorflow.compat.v1.train.MonitoredTrainingSession tensorflow.python.training.monitored_session.MonitoredTrainingSession tensorflow.python.training.training.MonitoredTrainingSession
- tensorflow.compat.v1.train.NanLossDuringTrainingError tensorflow.python.training.basic_session_run_hooks.NanLossDuringTrainingError tensorflow.python.training.training.NanLossDuringTrainingError
- tensorflow.compat.v1.train.NanTensorHook tensorflow.python.training.basic_session_run_hooks.NanTensorHook tensorflow.python.training.training.NanTensorHook
- tensorflow.compat.v1.train.NewCheckpointReader tensorflow.python.training.py_checkpoint_reader.NewCheckpointReader tensorflow.python.training.training.NewCheckpointReader
-@1 tensorflow.compat.v1.train.Optimizer tensorflow.python.training.optimizer.Optimizer tensorflow.python.training.training.Optimizer
- tensorflow.compat.v1.train.ProfilerHook tensorflow.python.training.basic_session_run_hooks.ProfilerHook tensorflow.python.training.training.ProfilerHook
-@5 tensorflow.compat.v1.train.ProximalAdagradOptimizer tensorflow.python.training.proximal_adagrad.ProximalAdagradOptimizer tensorflow.python.training.training.ProximalAdagradOptimizer
-@4 tensorflow.compat.v1.train.ProximalGradientDescentOptimizer tensorflow.python.training.proximal_gradient_descent.ProximalGradientDescentOptimizer tensorflow.python.training.training.ProximalGradientDescentOptimizer
- tensorflow.compat.v1.train.QueueRunner tensorflow.compat.v1.train.queue_runner.QueueRunner tensorflow.python.training.queue_runner.QueueRunner tensorflow.python.training.queue_runner_impl.QueueRunner tensorflow.python.training.training.QueueRunner
-@6 tensorflow.compat.v1.train.RMSPropOptimizer tensorflow.python.training.rmsprop.RMSPropOptimizer tensorflow.python.training.training.RMSPropOptimizer
-@5 tensorflow.compat.v1.train.Saver tensorflow.python.training.saver.Saver tensorflow.python.training.training.Saver
- tensorflow.compat.v1.train.SaverDef tensorflow.core.protobuf.saver_pb2.SaverDef tensorflow.python.training.training.SaverDef
- tensorflow.compat.v1.train.Scaffold tensorflow.python.training.monitored_session.Scaffold tensorflow.python.training.training.Scaffold
- tensorflow.compat.v1.train.SecondOrStepTimer tensorflow.python.training.basic_session_run_hooks.SecondOrStepTimer tensorflow.python.training.training.SecondOrStepTimer
- tensorflow.compat.v1.train.SessionCreator tensorflow.python.training.monitored_session.SessionCreator tensorflow.python.training.training.SessionCreator
- tensorflow.compat.v1.train.SessionManager tensorflow.python.training.session_manager.SessionManager tensorflow.python.training.training.SessionManager
- tensorflow.compat.v1.train.SessionRunArgs tensorflow.python.training.basic_session_run_hooks.SessionRunArgs tensorflow.python.training.session_run_hook.SessionRunArgs tensorflow.python.training.training.SessionRunArgs
- tensorflow.compat.v1.train.SessionRunContext tensorflow.python.training.session_run_hook.SessionRunContext tensorflow.python.training.training.SessionRunContext
- tensorflow.compat.v1.train.SessionRunHook tensorflow.python.training.session_run_hook.SessionRunHook tensorflow.python.training.training.SessionRunHook
- tensorflow.compat.v1.train.SessionRunValues tensorflow.python.training.session_run_hook.SessionRunValues tensorflow.python.training.training.SessionRunValues
- tensorflow.compat.v1.train.SingularMonitoredSession tensorflow.python.training.monitored_session.SingularMonitoredSession tensorflow.python.training.training.SingularMonitoredSession
- tensorflow.compat.v1.train.StepCounterHook tensorflow.python.training.basic_session_run_hooks.StepCounterHook tensorflow.python.training.training.StepCounterHook
- tensorflow.compat.v1.train.StopAtStepHook tensorflow.python.training.basic_session_run_hooks.StopAtStepHook tensorflow.python.training.training.StopAtStepHook
- tensorflow.compat.v1.train.SummarySaverHook tensorflow.python.training.basic_session_run_hooks.SummarySaverHook tensorflow.python.training.training.SummarySaverHook
- tensorflow.compat.v1.train.Supervisor tensorflow.python.training.supervisor.Supervisor tensorflow.python.training.training.Supervisor
-@6 tensorflow.compat.v1.train.SyncReplicasOptimizer tensorflow.python.training.sync_replicas_optimizer.SyncReplicasOptimizer tensorflow.python.training.training.SyncReplicasOptimizer
- tensorflow.compat.v1.train.VocabInfo tensorflow.python.training.training.VocabInfo tensorflow.python.training.warm_starting_util.VocabInfo
- tensorflow.compat.v1.train.WorkerSessionCreator tensorflow.python.training.monitored_session.WorkerSessionCreator tensorflow.python.training.training.WorkerSessionCreator
- tensorflow.compat.v1.train.add_queue_runner tensorflow.compat.v1.train.queue_runner.add_queue_runner tensorflow.python.training.queue_runner.add_queue_runner tensorflow.python.training.queue_runner_impl.add_queue_runner tensorflow.python.training.training.add_queue_runner
- tensorflow.compat.v1.train.assert_global_step tensorflow.python.training.training.assert_global_step tensorflow.python.training.training_util.assert_global_step
- tensorflow.compat.v1.train.basic_train_loop tensorflow.python.training.basic_loops.basic_train_loop tensorflow.python.training.training.basic_train_loop
-@9 tensorflow.compat.v1.train.batch tensorflow.python.training.input.batch tensorflow.python.training.training.batch
-@8 tensorflow.compat.v1.train.batch_join tensorflow.python.training.input.batch_join tensorflow.python.training.training.batch_join
- tensorflow.compat.v1.train.checkpoint_exists tensorflow.python.checkpoint.checkpoint_management.checkpoint_exists tensorflow.python.training.saver.checkpoint_exists tensorflow.python.training.training.checkpoint_exists
-@4 tensorflow.compat.v1.train.cosine_decay tensorflow.python.keras.optimizer_v2.legacy_learning_rate_decay.cosine_decay tensorflow.python.training.learning_rate_decay.cosine_decay tensorflow.python.training.training.cosine_decay
-@6 tensorflow.compat.v1.train.cosine_decay_restarts tensorflow.python.keras.optimizer_v2.legacy_learning_rate_decay.cosine_decay_restarts tensorflow.python.training.learning_rate_decay.cosine_decay_restarts tensorflow.python.training.training.cosine_decay_restarts
- tensorflow.compat.v1.train.create_global_step tensorflow.python.training.training.create_global_step tensorflow.python.training.training_util.create_global_step
- tensorflow.compat.v1.train.do_quantize_training_on_graphdef tensorflow.python.training.quantize_training.do_quantize_training_on_graphdef
-@5 tensorflow.compat.v1.train.exponential_decay tensorflow.python.keras.optimizer_v2.legacy_learning_rate_decay.exponential_decay tensorflow.python.training.learning_rate_decay.exponential_decay tensorflow.python.training.training.exponential_decay
- tensorflow.compat.v1.train.export_meta_graph tensorflow.python.framework.convert_to_constants.export_meta_graph tensorflow.python.training.saver.export_meta_graph tensorflow.python.training.training.export_meta_graph
- tensorflow.compat.v1.train.generate_checkpoint_state_proto tensorflow.python.checkpoint.checkpoint_management.generate_checkpoint_state_proto tensorflow.python.training.saver.generate_checkpoint_state_proto tensorflow.python.training.training.generate_checkpoint_state_proto
- tensorflow.compat.v1.train.get_checkpoint_mtimes tensorflow.python.checkpoint.checkpoint_management.get_checkpoint_mtimes tensorflow.python.training.saver.get_checkpoint_mtimes tensorflow.python.training.training.get_checkpoint_mtimes
- tensorflow.compat.v1.train.get_global_step tensorflow.python.training.training.get_global_step tensorflow.python.training.training_util.get_global_step
- tensorflow.compat.v1.train.get_or_create_global_step tensorflow.python.training.training.get_or_create_global_step tensorflow.python.training.training_util.get_or_create_global_step
- tensorflow.compat.v1.train.global_step tensorflow.python.training.training.global_step tensorflow.python.training.training_util.global_step
- tensorflow.compat.v1.train.import_meta_graph tensorflow.python.training.saver.import_meta_graph tensorflow.python.training.training.import_meta_graph
- tensorflow.compat.v1.train.init_from_checkpoint tensorflow.python.training.checkpoint_utils.init_from_checkpoint tensorflow.python.training.training.init_from_checkpoint
-@8 tensorflow.compat.v1.train.input_producer tensorflow.python.training.input.input_producer tensorflow.python.training.training.input_producer
-@5 tensorflow.compat.v1.train.inverse_time_decay tensorflow.python.keras.optimizer_v2.legacy_learning_rate_decay.inverse_time_decay tensorflow.python.training.learning_rate_decay.inverse_time_decay tensorflow.python.training.training.inverse_time_decay
-@2 tensorflow.compat.v1.train.limit_epochs tensorflow.python.training.input.limit_epochs tensorflow.python.training.training.limit_epochs
-@6 tensorflow.compat.v1.train.linear_cosine_decay tensorflow.python.keras.optimizer_v2.legacy_learning_rate_decay.linear_cosine_decay tensorflow.python.training.learning_rate_decay.linear_cosine_decay tensorflow.python.training.training.linear_cosine_decay
-@10 tensorflow.compat.v1.train.maybe_batch tensorflow.python.training.input.maybe_batch tensorflow.python.training.training.maybe_batch
-@9 tensorflow.compat.v1.train.maybe_batch_join tensorflow.python.training.input.maybe_batch_join tensorflow.python.training.training.maybe_batch_join
-@11 tensorflow.compat.v1.train.maybe_shuffle_batch tensorflow.python.training.input.maybe_shuffle_batch tensorflow.python.training.training.maybe_shuffle_batch
-@10 tensorflow.compat.v1.train.maybe_shuffle_batch_join tensorflow.python.training.input.maybe_shuffle_batch_join tensorflow.python.training.training.maybe_shuffle_batch_join
-@5 tensorflow.compat.v1.train.natural_exp_decay tensorflow.python.keras.optimizer_v2.legacy_learning_rate_decay.natural_exp_decay tensorflow.python.training.learning_rate_decay.natural_exp_decay tensorflow.python.training.training.natural_exp_decay
-@8 tensorflow.compat.v1.train.noisy_linear_cosine_decay tensorflow.python.keras.optimizer_v2.legacy_learning_rate_decay.noisy_linear_cosine_decay tensorflow.python.training.learning_rate_decay.noisy_linear_cosine_decay tensorflow.python.training.training.noisy_linear_cosine_decay
-@3 tensorflow.compat.v1.train.piecewise_constant tensorflow.compat.v1.train.piecewise_constant_decay tensorflow.python.keras.optimizer_v2.legacy_learning_rate_decay.piecewise_constant tensorflow.python.training.learning_rate_decay.piecewise_constant tensorflow.python.training.training.piecewise_constant
-@6 tensorflow.compat.v1.train.polynomial_decay tensorflow.python.keras.optimizer_v2.legacy_learning_rate_decay.polynomial_decay tensorflow.python.training.learning_rate_decay.polynomial_decay tensorflow.python.training.training.polynomial_decay
-@6 tensorflow.compat.v1.train.range_input_producer tensorflow.python.training.input.range_input_producer tensorflow.python.training.training.range_input_producer
- tensorflow.compat.v1.train.remove_checkpoint tensorflow.python.checkpoint.checkpoint_management.remove_checkpoint tensorflow.python.training.saver.remove_checkpoint
- tensorflow.compat.v1.train.replica_device_setter tensorflow.python.training.device_setter.replica_device_setter tensorflow.python.training.training.replica_device_setter
-@10 tensorflow.compat.v1.train.shuffle_batch tensorflow.python.training.input.shuffle_batch tensorflow.python.training.training.shuffle_batch
-@9 tensorflow.compat.v1.train.shuffle_batch_join tensorflow.python.training.input.shuffle_batch_join tensorflow.python.training.training.shuffle_batch_join
-@6 tensorflow.compat.v1.train.slice_input_producer tensorflow.python.training.input.slice_input_producer tensorflow.python.training.training.slice_input_producer
- tensorflow.compat.v1.train.start_queue_runners tensorflow.compat.v1.train.queue_runner.start_queue_runners tensorflow.python.training.queue_runner.start_queue_runners tensorflow.python.training.queue_runner_impl.start_queue_runners tensorflow.python.training.training.start_queue_runners
-@6 tensorflow.compat.v1.train.string_input_producer tensorflow.python.training.input.string_input_producer tensorflow.python.training.training.string_input_producer
- tensorflow.compat.v1.train.summary_iterator tensorflow.python.summary.summary_iterator.summary_iterator tensorflow.python.training.summary_io.summary_iterator tensorflow.python.training.training.summary_iterator
- tensorflow.compat.v1.train.update_checkpoint_state tensorflow.python.checkpoint.checkpoint_management.update_checkpoint_state tensorflow.python.training.saver.update_checkpoint_state tensorflow.python.training.training.update_checkpoint_state
- tensorflow.compat.v1.train.warm_start tensorflow.python.training.training.warm_start tensorflow.python.training.warm_starting_util.warm_start
- tensorflow.compat.v1.trainable_variables tensorflow.python.ops.standard_ops.trainable_variables tensorflow.python.ops.variables.trainable_variables
tensor@2 tensorflow.compat.v1.transpose tensorflow.python.ops.array_ops.transpose
- tensorflow.compat.v1.truncated_normal_initializer tensorflow.compat.v1.initializers.truncated_normal tensorflow.python.ops.init_ops.TruncatedNormal tensorflow.python.ops.init_ops.truncated_normal_initializer tensorflow.python.ops.standard_ops.truncated_normal_initializer
tensor@1 tensorflow.compat.v1.tuple tensorflow.python.ops.control_flow_grad.tuple tensorflow.python.ops.control_flow_ops.tuple tensorflow.python.ops.standard_ops.tuple
- tensorflow.compat.v1.uniform_unit_scaling_initializer tensorflow.compat.v1.initializers.uniform_unit_scaling tensorflow.python.ops.init_ops.UniformUnitScaling tensorflow.python.ops.init_ops.uniform_unit_scaling_initializer tensorflow.python.ops.standard_ops.UniformUnitScaling tensorflow.python.ops.standard_ops.uniform_unit_scaling_initializer
- tensorflow.compat.v1.user_ops.my_fact tensorflow.python.user_ops.user_ops.my_fact
- tensorflow.compat.v1.variable_axis_size_partitioner tensorflow.python.ops.partitioned_variables.variable_axis_size_partitioner tensorflow.python.ops.standard_ops.variable_axis_size_partitioner
- tensorflow.compat.v1.variable_creator_scope tensorflow.python.ops.variable_scope.variable_creator_scope_v1
- tensorflow.compat.v1.variable_op_scope tensorflow.python.ops.standard_ops.variable_op_scope tensorflow.python.ops.variable_scope.variable_op_scope
- tensorflow.compat.v1.variable_scope tensorflow.python.ops.standard_ops.variable_scope tensorflow.python.ops.variable_scope.variable_scope
-@1 tensorflow.compat.v1.variables_initializer tensorflow.compat.v1.initializers.variables tensorflow.python.ops.standard_ops.variables_initializer tensorflow.python.ops.variables.variables_initializer
- tensorflow.compat.v1.variance_scaling_initializer tensorflow.compat.v1.initializers.variance_scaling tensorflow.python.ops.init_ops.VarianceScaling tensorflow.python.ops.init_ops.variance_scaling_initializer tensorflow.python.ops.standard_ops.VarianceScaling tensorflow.python.ops.standard_ops.variance_scaling_initializer
tensor@2 tensorflow.compat.v1.verify_tensor_all_finite tensorflow.compat.v1.debugging.assert_all_finite tensorflow.python.ops.numerics.verify_tensor_all_finite tensorflow.python.ops.standard_ops.verify_tensor_all_finite
tensor@3 tensorflow.compat.v1.where tensorflow.python.ops.array_ops.where tensorflow.python.ops.standard_ops.where
tensor@7 tensorflow.compat.v1.while_loop tensorflow.python.ops.while_loop.while_loop
-@2 tensorflow.compat.v1.wrap_function tensorflow.python.eager.wrap_function.wrap_function
- tensorflow.compat.v1.zeros_initializer tensorflow.compat.v1.initializers.zeros tensorflow.python.ops.init_ops.Zeros tensorflow.python.ops.init_ops.zeros_initializer tensorflow.python.ops.standard_ops.Zeros tensorflow.python.ops.standard_ops.zeros_initializer
tensor@2 tensorflow.compat.v1.zeros_like tensorflow.python.ops.array_ops.zeros_like
tensor@2 tensorflow.concat tensorflow.python.ops.array_ops.concat tensorflow.python.ops.standard_ops.concat
tensor@3 tensorflow.cond tensorflow.python.ops.cond.cond_for_tf_v2
-@0 tensorflow.config.LogicalDevice tensorflow.python.eager.context.LogicalDevice
- tensorflow.config.LogicalDeviceConfiguration tensorflow.config.experimental.VirtualDeviceConfiguration tensorflow.python.eager.context.LogicalDeviceConfiguration
-@0 tensorflow.config.PhysicalDevice tensorflow.python.eager.context.PhysicalDevice
- tensorflow.config.experimental.ClusterDeviceFilters tensorflow.python.training.server_lib.ClusterDeviceFilters
- tensorflow.config.experimental.disable_mlir_bridge tensorflow.python.framework.config.disable_mlir_bridge
- tensorflow.config.experimental.enable_mlir_bridge tensorflow.python.framework.config.enable_mlir_bridge
- tensorflow.config.experimental.enable_op_determinism tensorflow.python.framework.config.enable_op_determinism
- tensorflow.config.experimental.enable_tensor_float_32_execution tensorflow.python.framework.config.enable_tensor_float_32_execution
- tensorflow.config.experimental.get_device_details tensorflow.python.framework.config.get_device_details
- tensorflow.config.experimental.get_device_policy tensorflow.python.framework.config.get_device_policy
- tensorflow.config.experimental.get_memory_growth tensorflow.python.framework.config.get_memory_growth
- tensorflow.config.experimental.get_memory_info tensorflow.python.framework.config.get_memory_info
- tensorflow.config.experimental.get_memory_usage tensorflow.python.framework.config.get_memory_usage
- tensorflow.config.experimental.get_synchronous_execution tensorflow.python.framework.config.get_synchronous_execution
- tensorflow.config.experimental.reset_memory_stats tensorflow.python.framework.config.reset_memory_stats
- tensorflow.config.experimental.set_device_policy tensorflow.python.framework.config.set_device_policy
- tensorflow.config.experimental.set_memory_growth tensorflow.python.framework.config.set_memory_growth
- tensorflow.config.experimental.set_synchronous_execution tensorflow.python.framework.config.set_synchronous_execution
- tensorflow.config.experimental.tensor_float_32_execution_enabled tensorflow.python.framework.config.tensor_float_32_execution_enabled
- tensorflow.config.experimental_connect_to_cluster tensorflow.python.eager.remote.connect_to_cluster
- tensorflow.config.experimental_connect_to_host tensorflow.python.eager.remote.connect_to_remote_host
- tensorflow.config.experimental_functions_run_eagerly tensorflow.python.eager.polymorphic_function.eager_function_run.experimental_functions_run_eagerly
- tensorflow.config.experimental_run_functions_eagerly tensorflow.python.eager.polymorphic_function.eager_function_run.experimental_run_functions_eagerly
- tensorflow.config.functions_run_eagerly tensorflow.python.eager.def_function.functions_run_eagerly tensorflow.python.eager.polymorphic_function.eager_function_run.functions_run_eagerly
- tensorflow.config.get_logical_device_configuration tensorflow.config.experimental.get_virtual_device_configuration tensorflow.python.framework.config.get_logical_device_configuration
- tensorflow.config.get_soft_device_placement tensorflow.python.framework.config.get_soft_device_placement
- tensorflow.config.get_visible_devices tensorflow.config.experimental.get_visible_devices tensorflow.python.framework.config.get_visible_devices
- tensorflow.config.list_logical_devices tensorflow.config.experimental.list_logical_devices tensorflow.python.framework.config.list_logical_devices
- tensorflow.config.list_physical_devices tensorflow.config.experimental.list_physical_devices tensorflow.python.framework.config.list_physical_devices
- tensorflow.config.optimizer.get_experimental_options tensorflow.python.framework.config.get_optimizer_experimental_options
- tensorflow.config.optimizer.get_jit tensorflow.python.framework.config.get_optimizer_jit
- tensorflow.config.optimizer.set_experimental_options tensorflow.python.framework.config.set_optimizer_experimental_options
- tensorflow.config.optimizer.set_jit tensorflow.python.framework.config.set_optimizer_jit
- tensorflow.config.run_functions_eagerly tensorflow.python.eager.def_function.run_functions_eagerly tensorflow.python.eager.polymorphic_function.eager_function_run.run_functions_eagerly
- tensorflow.config.set_logical_device_configuration tensorflow.config.experimental.set_virtual_device_configuration tensorflow.python.framework.config.set_logical_device_configuration
- tensorflow.config.set_soft_device_placement tensorflow.python.framework.config.set_soft_device_placement
- tensorflow.config.set_visible_devices tensorflow.config.experimental.set_visible_devices tensorflow.python.framework.config.set_visible_devices
- tensorflow.config.threading.get_inter_op_parallelism_threads tensorflow.python.framework.config.get_inter_op_parallelism_threads
- tensorflow.config.threading.get_intra_op_parallelism_threads tensorflow.python.framework.config.get_intra_op_parallelism_threads
- tensorflow.config.threading.set_inter_op_parallelism_threads tensorflow.python.framework.config.set_inter_op_parallelism_threads
- tensorflow.config.threading.set_intra_op_parallelism_threads tensorflow.python.framework.config.set_intra_op_parallelism_threads
tensor@3 tensorflow.constant tensorflow.python.framework.constant_op.constant
- tensorflow.constant_initializer tensorflow.python.ops.init_ops_v2.Constant tensorflow.python.ops.init_ops_v2.constant tensorflow.python.ops.init_ops_v2.constant_initializer
- tensorflow.control_dependencies tensorflow.python.framework.ops.control_dependencies
tensor@9 tensorflow.conv tensorflow.python.ops.gen_nn_ops.Conv tensorflow.python.ops.gen_nn_ops.conv tensorflow.python.ops.nn.Conv tensorflow.python.ops.nn.conv tensorflow.python.ops.nn_ops.Conv tensorflow.python.ops.nn_ops.conv tensorflow.raw_ops.Conv
tensor@9 tensorflow.conv2d_backprop_filter_v2 tensorflow.python.ops.gen_nn_ops.Conv2DBackpropFilterV2 tensorflow.python.ops.gen_nn_ops.conv2d_backprop_filter_v2 tensorflow.python.ops.nn.Conv2DBackpropFilterV2 tensorflow.python.ops.nn.conv2d_backprop_filter_v2 tensorflow.python.ops.nn_ops.Conv2DBackpropFilterV2 tensorflow.python.ops.nn_ops.conv2d_backprop_filter_v2 tensorflow.raw_ops.Conv2DBackpropFilterV2
tensor@9 tensorflow.conv2d_backprop_input_v2 tensorflow.python.ops.gen_nn_ops.Conv2DBackpropInputV2 tensorflow.python.ops.gen_nn_ops.conv2d_backprop_input_v2 tensorflow.python.ops.nn.Conv2DBackpropInputV2 tensorflow.python.ops.nn.conv2d_backprop_input_v2 tensorflow.python.ops.nn_ops.Conv2DBackpropInputV2 tensorflow.python.ops.nn_ops.conv2d_backprop_input_v2 tensorflow.raw_ops.Conv2DBackpropInputV2
tensor@3 tensorflow.convert_to_tensor tensorflow.python.framework.tensor_conversion.convert_to_tensor_v2_with_dispatch
- tensorflow.custom_gradient tensorflow.python.ops.custom_gradient.custom_gradient tensorflow.python.ops.gradients.custom_gradient tensorflow.python.ops.standard_ops.custom_gradient
dataset tensorflow.data.Dataset tensorflow.python.data.Dataset tensorflow.python.data.ops.dataset_ops.Dataset tensorflow.python.data.ops.dataset_ops.DatasetV2
dataset tensorflow.data.Dataset.choose_from_datasets
dataset tensorflow.data.Dataset.counter
dataset tensorflow.data.Dataset.from_generator
dataset tensorflow.data.Dataset.from_tensor_slices
dataset tensorflow.data.Dataset.from_tensors
dataset tensorflow.data.Dataset.list_files
dataset tensorflow.data.Dataset.load
dataset tensorflow.data.Dataset.random
dataset tensorflow.data.Dataset.range
dataset tensorflow.data.Dataset.sample_from_datasets
dataset tensorflow.data.Dataset.zip
spec tensorflow.data.DatasetSpec tensorflow.compat.v1.data.experimental.DatasetStructure tensorflow.python.data.experimental.DatasetStructure tensorflow.python.data.ops.dataset_ops.DatasetSpec
spec tensorflow.data.DatasetSpec.from_value
dataset@7 tensorflow.data.FixedLengthRecordDataset tensorflow.python.data.FixedLengthRecordDataset tensorflow.python.data.ops.readers.FixedLengthRecordDataset tensorflow.python.data.ops.readers.FixedLengthRecordDatasetV2
- tensorflow.data.Iterator tensorflow.python.data.ops.iterator_ops.IteratorBase
spec tensorflow.data.IteratorSpec tensorflow.python.data.ops.iterator_ops.IteratorSpec
spec tensorflow.data.IteratorSpec.from_value
- tensorflow.data.NumpyIterator tensorflow.python.data.ops.dataset_ops.NumpyIterator
- tensorflow.data.Options tensorflow.python.data.Options tensorflow.python.data.ops.options.Options
dataset@4 tensorflow.data.TFRecordDataset tensorflow.python.data.TFRecordDataset tensorflow.python.data.ops.readers.TFRecordDataset tensorflow.python.data.ops.readers.TFRecordDatasetV2
dataset@4 tensorflow.data.TextLineDataset tensorflow.python.data.TextLineDataset tensorflow.python.data.ops.readers.TextLineDataset tensorflow.python.data.ops.readers.TextLineDatasetV2
- tensorflow.data.ThreadingOptions tensorflow.data.experimental.ThreadingOptions tensorflow.python.data.experimental.ThreadingOptions tensorflow.python.data.ops.options.ThreadingOptions
- tensorflow.data.experimental.AutoShardPolicy tensorflow.python.data.experimental.AutoShardPolicy tensorflow.python.data.experimental.ops.data_service_ops.AutoShardPolicy tensorflow.python.data.ops.options.AutoShardPolicy tensorflow.python.distribute.input_ops.AutoShardPolicy
- tensorflow.data.experimental.AutotuneAlgorithm tensorflow.python.data.experimental.AutotuneAlgorithm tensorflow.python.data.ops.options.AutotuneAlgorithm
- tensorflow.data.experimental.AutotuneOptions tensorflow.python.data.experimental.AutotuneOptions tensorflow.python.data.ops.options.AutotuneOptions
- tensorflow.data.experimental.Counter tensorflow.python.data.experimental.Counter tensorflow.python.data.experimental.ops.counter.Counter tensorflow.python.data.experimental.ops.counter.CounterV2
dataset tensorflow.data.experimental.CsvDataset tensorflow.python.data.experimental.CsvDataset tensorflow.python.data.experimental.ops.readers.CsvDataset tensorflow.python.data.experimental.ops.readers.CsvDatasetV2
- tensorflow.data.experimental.DatasetInitializer tensorflow.python.data.experimental.DatasetInitializer tensorflow.python.data.experimental.ops.lookup_ops.DatasetInitializer
- tensorflow.data.experimental.DistributeOptions tensorflow.python.data.experimental.DistributeOptions tensorflow.python.data.ops.options.DistributeOptions
- tensorflow.data.experimental.ExternalStatePolicy tensorflow.python.data.experimental.ExternalStatePolicy tensorflow.python.data.experimental.ops.data_service_ops.ExternalStatePolicy tensorflow.python.data.experimental.ops.distribute.ExternalStatePolicy tensorflow.python.data.ops.options.ExternalStatePolicy tensorflow.python.distribute.coordinator.values.ExternalStatePolicy
- tensorflow.data.experimental.OptimizationOptions tensorflow.python.data.experimental.OptimizationOptions tensorflow.python.data.ops.options.OptimizationOptions
dataset@2 tensorflow.data.experimental.RandomDataset tensorflow.python.data.experimental.RandomDataset tensorflow.python.data.experimental.ops.random_ops.RandomDataset tensorflow.python.data.experimental.ops.random_ops.RandomDatasetV2
- tensorflow.data.experimental.Reducer tensorflow.python.data.experimental.Reducer tensorflow.python.data.experimental.ops.grouping.Reducer
- tensorflow.data.experimental.ServiceOptions tensorflow.python.data.ops.options.ServiceOptions
dataset tensorflow.data.experimental.SqlDataset tensorflow.python.data.experimental.SqlDataset tensorflow.python.data.experimental.ops.readers.SqlDataset tensorflow.python.data.experimental.ops.readers.SqlDatasetV2
- tensorflow.data.experimental.TFRecordWriter tensorflow.python.data.experimental.TFRecordWriter tensorflow.python.data.experimental.ops.writers.TFRecordWriter
- tensorflow.data.experimental.assert_cardinality tensorflow.python.data.experimental.assert_cardinality tensorflow.python.data.experimental.ops.cardinality.assert_cardinality tensorflow.python.data.experimental.ops.lookup_ops.assert_cardinality
- tensorflow.data.experimental.at tensorflow.python.data.experimental.at tensorflow.python.data.experimental.ops.random_access.at
- tensorflow.data.experimental.bucket_by_sequence_length tensorflow.python.data.experimental.bucket_by_sequence_length tensorflow.python.data.experimental.ops.grouping.bucket_by_sequence_length
- tensorflow.data.experimental.cardinality tensorflow.python.data.experimental.cardinality tensorflow.python.data.experimental.ops.cardinality.cardinality
- tensorflow.data.experimental.choose_from_datasets tensorflow.python.data.experimental.choose_from_datasets tensorflow.python.data.experimental.ops.interleave_ops.choose_from_datasets tensorflow.python.data.experimental.ops.interleave_ops.choose_from_datasets_v2
- tensorflow.data.experimental.copy_to_device tensorflow.python.data.experimental.copy_to_device tensorflow.python.data.experimental.ops.prefetching_ops.copy_to_device
- tensorflow.data.experimental.dense_to_ragged_batch tensorflow.python.data.experimental.dense_to_ragged_batch tensorflow.python.data.experimental.ops.batching.dense_to_ragged_batch
- tensorflow.data.experimental.dense_to_sparse_batch tensorflow.python.data.experimental.dense_to_sparse_batch tensorflow.python.data.experimental.ops.batching.dense_to_sparse_batch
- tensorflow.data.experimental.distributed_save tensorflow.python.data.experimental.distributed_save tensorflow.python.data.experimental.ops.distributed_save_op.distributed_save
- tensorflow.data.experimental.enable_debug_mode tensorflow.python.data.experimental.enable_debug_mode tensorflow.python.data.ops.debug_mode.enable_debug_mode
- tensorflow.data.experimental.enumerate_dataset tensorflow.python.data.experimental.enumerate_dataset tensorflow.python.data.experimental.ops.enumerate_ops.enumerate_dataset
-@1 tensorflow.data.experimental.from_list tensorflow.python.data.experimental.from_list tensorflow.python.data.experimental.ops.from_list.from_list
- tensorflow.data.experimental.from_variant tensorflow.python.data.experimental.from_variant tensorflow.python.data.ops.dataset_ops.from_variant
- tensorflow.data.experimental.get_model_proto tensorflow.python.data.experimental.get_model_proto tensorflow.python.data.experimental.ops.iterator_model_ops.get_model_proto
- tensorflow.data.experimental.get_next_as_optional tensorflow.python.data.experimental.get_next_as_optional tensorflow.python.data.ops.iterator_ops.get_next_as_optional
- tensorflow.data.experimental.get_single_element tensorflow.python.data.experimental.get_single_element tensorflow.python.data.experimental.ops.get_single_element.get_single_element
- tensorflow.data.experimental.get_structure tensorflow.python.data.experimental.get_structure tensorflow.python.data.ops.dataset_ops.get_structure
- tensorflow.data.experimental.group_by_reducer tensorflow.python.data.experimental.group_by_reducer tensorflow.python.data.experimental.ops.grouping.group_by_reducer
- tensorflow.data.experimental.group_by_window tensorflow.python.data.experimental.group_by_window tensorflow.python.data.experimental.ops.grouping.group_by_window
- tensorflow.data.experimental.ignore_errors tensorflow.python.data.experimental.ignore_errors tensorflow.python.data.experimental.ops.error_ops.ignore_errors
-@6 tensorflow.data.experimental.index_table_from_dataset tensorflow.python.data.experimental.index_table_from_dataset tensorflow.python.data.experimental.ops.lookup_ops.index_table_from_dataset
- tensorflow.data.experimental.load tensorflow.python.data.experimental.load tensorflow.python.data.experimental.ops.io.load
- tensorflow.data.experimental.make_batched_features_dataset tensorflow.python.data.experimental.make_batched_features_dataset tensorflow.python.data.experimental.ops.readers.make_batched_features_dataset tensorflow.python.data.experimental.ops.readers.make_batched_features_dataset_v2
- tensorflow.data.experimental.make_csv_dataset tensorflow.python.data.experimental.make_csv_dataset tensorflow.python.data.experimental.ops.readers.make_csv_dataset tensorflow.python.data.experimental.ops.readers.make_csv_dataset_v2
- tensorflow.data.experimental.make_saveable_from_iterator tensorflow.python.data.experimental.make_saveable_from_iterator tensorflow.python.data.experimental.ops.iterator_ops.make_saveable_from_iterator
- tensorflow.data.experimental.map_and_batch tensorflow.python.data.experimental.map_and_batch tensorflow.python.data.experimental.ops.batching.map_and_batch
- tensorflow.data.experimental.pad_to_cardinality tensorflow.python.data.experimental.ops.pad_to_cardinality.pad_to_cardinality tensorflow.python.data.experimental.pad_to_cardinality
- tensorflow.data.experimental.parallel_interleave tensorflow.python.data.experimental.ops.interleave_ops.parallel_interleave tensorflow.python.data.experimental.parallel_interleave
- tensorflow.data.experimental.parse_example_dataset tensorflow.python.data.experimental.ops.parsing_ops.parse_example_dataset tensorflow.python.data.experimental.parse_example_dataset
- tensorflow.data.experimental.prefetch_to_device tensorflow.python.data.experimental.ops.prefetching_ops.prefetch_to_device tensorflow.python.data.experimental.prefetch_to_device
- tensorflow.data.experimental.rejection_resample tensorflow.python.data.experimental.ops.resampling.rejection_resample tensorflow.python.data.experimental.rejection_resample
- tensorflow.data.experimental.sample_from_datasets tensorflow.python.data.experimental.ops.interleave_ops.sample_from_datasets tensorflow.python.data.experimental.ops.interleave_ops.sample_from_datasets_v2 tensorflow.python.data.experimental.sample_from_datasets
- tensorflow.data.experimental.save tensorflow.python.data.experimental.ops.io.save tensorflow.python.data.experimental.save
- tensorflow.data.experimental.scan tensorflow.python.data.experimental.ops.scan_ops.scan tensorflow.python.data.experimental.scan
- tensorflow.data.experimental.service.CrossTrainerCache tensorflow.python.data.experimental.ops.data_service_ops.CrossTrainerCache
- tensorflow.data.experimental.service.DispatchServer tensorflow.python.data.experimental.service.DispatchServer tensorflow.python.data.experimental.service.server_lib.DispatchServer
- tensorflow.data.experimental.service.DispatcherConfig tensorflow.python.data.experimental.service.DispatcherConfig tensorflow.python.data.experimental.service.server_lib.DispatcherConfig
- tensorflow.data.experimental.service.ShardingPolicy tensorflow.python.data.experimental.ops.data_service_ops.ShardingPolicy tensorflow.python.data.experimental.service.ShardingPolicy
- tensorflow.data.experimental.service.WorkerConfig tensorflow.python.data.experimental.service.WorkerConfig tensorflow.python.data.experimental.service.server_lib.WorkerConfig
- tensorflow.data.experimental.service.WorkerServer tensorflow.python.data.experimental.service.WorkerServer tensorflow.python.data.experimental.service.server_lib.WorkerServer
- tensorflow.data.experimental.service.distribute tensorflow.python.data.experimental.ops.data_service_ops.distribute tensorflow.python.data.experimental.service.distribute
dataset tensorflow.data.experimental.service.from_dataset_id tensorflow.python.data.experimental.ops.data_service_ops.from_dataset_id tensorflow.python.data.experimental.service.from_dataset_id
tensor tensorflow.data.experimental.service.register_dataset tensorflow.python.data.experimental.ops.data_service_ops.register_dataset tensorflow.python.data.experimental.service.register_dataset
- tensorflow.data.experimental.shuffle_and_repeat tensorflow.python.data.experimental.ops.shuffle_ops.shuffle_and_repeat tensorflow.python.data.experimental.shuffle_and_repeat
- tensorflow.data.experimental.snapshot tensorflow.python.data.experimental.ops.snapshot.snapshot tensorflow.python.data.experimental.snapshot
-@6 tensorflow.data.experimental.table_from_dataset tensorflow.python.data.experimental.ops.lookup_ops.table_from_dataset tensorflow.python.data.experimental.table_from_dataset
- tensorflow.data.experimental.take_while tensorflow.python.data.experimental.ops.take_while_ops.take_while tensorflow.python.data.experimental.take_while
- tensorflow.data.experimental.to_variant tensorflow.python.data.experimental.to_variant tensorflow.python.data.ops.dataset_ops.to_variant
- tensorflow.data.experimental.unbatch tensorflow.python.data.experimental.ops.batching.unbatch tensorflow.python.data.experimental.unbatch
- tensorflow.data.experimental.unique tensorflow.python.data.experimental.ops.unique.unique tensorflow.python.data.experimental.unique
-@3 tensorflow.debugging.Assert tensorflow.Assert tensorflow.python.ops.control_flow_assert.Assert tensorflow.python.ops.standard_ops.Assert
tensor@2 tensorflow.debugging.assert_all_finite tensorflow.python.ops.numerics.verify_tensor_all_finite_v2 tensorflow.python.ops.standard_ops.verify_tensor_all_finite_v2
-@4 tensorflow.debugging.assert_equal tensorflow.assert_equal tensorflow.python.ops.check_ops.assert_equal_v2
-@4 tensorflow.debugging.assert_greater tensorflow.assert_greater tensorflow.python.ops.check_ops.assert_greater_v2
-@4 tensorflow.debugging.assert_greater_equal tensorflow.python.ops.check_ops.assert_greater_equal_v2
-@2 tensorflow.debugging.assert_integer tensorflow.python.ops.check_ops.assert_integer_v2
-@4 tensorflow.debugging.assert_less tensorflow.assert_less tensorflow.python.ops.check_ops.assert_less_v2
-@4 tensorflow.debugging.assert_less_equal tensorflow.python.ops.check_ops.assert_less_equal_v2
-@6 tensorflow.debugging.assert_near tensorflow.python.ops.check_ops.assert_near_v2
-@3 tensorflow.debugging.assert_negative tensorflow.python.ops.check_ops.assert_negative_v2
-@3 tensorflow.debugging.assert_non_negative tensorflow.python.ops.check_ops.assert_non_negative_v2
-@3 tensorflow.debugging.assert_non_positive tensorflow.python.ops.check_ops.assert_non_positive_v2
-@4 tensorflow.debugging.assert_none_equal tensorflow.python.ops.check_ops.assert_none_equal_v2
-@3 tensorflow.debugging.assert_positive tensorflow.python.ops.check_ops.assert_positive_v2
- tensorflow.debugging.assert_proper_iterable tensorflow.compat.v1.assert_proper_iterable tensorflow.python.ops.check_ops.assert_proper_iterable tensorflow.python.ops.standard_ops.assert_proper_iterable
-@3 tensorflow.debugging.assert_rank tensorflow.assert_rank tensorflow.python.ops.check_ops.assert_rank_v2
-@3 tensorflow.debugging.assert_rank_at_least tensorflow.python.ops.check_ops.assert_rank_at_least_v2
-@3 tensorflow.debugging.assert_rank_in tensorflow.python.ops.check_ops.assert_rank_in_v2
- tensorflow.debugging.assert_same_float_dtype tensorflow.compat.v1.assert_same_float_dtype tensorflow.python.ops.check_ops.assert_same_float_dtype tensorflow.python.ops.standard_ops.assert_same_float_dtype
-@2 tensorflow.debugging.assert_scalar tensorflow.python.ops.check_ops.assert_scalar_v2
-@4 tensorflow.debugging.assert_shapes tensorflow.python.ops.check_ops.assert_shapes_v2
-@3 tensorflow.debugging.assert_type tensorflow.python.ops.check_ops.assert_type_v2
- tensorflow.debugging.disable_check_numerics tensorflow.python.debug.lib.check_numerics_callback.disable_check_numerics
- tensorflow.debugging.disable_traceback_filtering tensorflow.python.util.traceback_utils.disable_traceback_filtering
- tensorflow.debugging.enable_check_numerics tensorflow.python.debug.lib.check_numerics_callback.enable_check_numerics
- tensorflow.debugging.enable_traceback_filtering tensorflow.python.util.traceback_utils.enable_traceback_filtering
- tensorflow.debugging.experimental.disable_dump_debug_info tensorflow.python.debug.lib.dumping_callback.disable_dump_debug_info
- tensorflow.debugging.experimental.enable_dump_debug_info tensorflow.python.debug.lib.dumping_callback.enable_dump_debug_info
- tensorflow.debugging.get_log_device_placement tensorflow.python.eager.context.get_log_device_placement
- tensorflow.debugging.is_numeric_tensor tensorflow.compat.v1.is_numeric_tensor tensorflow.python.ops.check_ops.is_numeric_tensor tensorflow.python.ops.standard_ops.is_numeric_tensor
- tensorflow.debugging.is_traceback_filtering_enabled tensorflow.python.util.traceback_utils.is_traceback_filtering_enabled
- tensorflow.debugging.set_log_device_placement tensorflow.python.eager.context.set_log_device_placement
- tensorflow.device tensorflow.python.framework.ops.device_v2
- tensorflow.distribute.CrossDeviceOps tensorflow.python.distribute.cross_device_ops.CrossDeviceOps
- tensorflow.distribute.DistributedDataset tensorflow.python.types.distribute.DistributedDatasetInterface
- tensorflow.distribute.DistributedIterator tensorflow.python.types.distribute.DistributedIteratorInterface
- tensorflow.distribute.DistributedValues tensorflow.python.types.distribute.DistributedValues
- tensorflow.distribute.HierarchicalCopyAllReduce tensorflow.python.distribute.cross_device_ops.HierarchicalCopyAllReduce
- tensorflow.distribute.InputContext tensorflow.python.distribute.distribute_lib.InputContext
- tensorflow.distribute.InputOptions tensorflow.python.distribute.distribute_lib.InputOptions
- tensorflow.distribute.InputReplicationMode tensorflow.python.distribute.distribute_lib.InputReplicationMode tensorflow.python.distribute.input_lib.InputReplicationMode
strategy tensorflow.distribute.MirroredStrategy tensorflow.python.distribute.mirrored_strategy.MirroredStrategy
strategy tensorflow.distribute.MultiWorkerMirroredStrategy tensorflow.python.distribute.collective_all_reduce_strategy.CollectiveAllReduceStrategy tensorflow.python.distribute.strategy_combinations.CollectiveAllReduceStrategy
- tensorflow.distribute.NcclAllReduce tensorflow.python.distribute.cross_device_ops.NcclAllReduce
strategy tensorflow.distribute.OneDeviceStrategy tensorflow.python.distribute.one_device_strategy.OneDeviceStrategy
- tensorflow.distribute.ReduceOp tensorflow.python.distribute.distribute_utils.ReduceOp tensorflow.python.distribute.reduce_util.ReduceOp
- tensorflow.distribute.ReductionToOneDevice tensorflow.python.distribute.cross_device_ops.ReductionToOneDevice
- tensorflow.distribute.ReplicaContext tensorflow.python.distribute.distribute_lib.ReplicaContext
- tensorflow.distribute.RunOptions tensorflow.python.distribute.distribute_lib.RunOptions
- tensorflow.distribute.Server tensorflow.compat.v1.train.Server tensorflow.python.training.server_lib.Server tensorflow.python.training.training.Server
strategy tensorflow.distribute.Strategy tensorflow.python.distribute.distribute_lib.Strategy
- tensorflow.distribute.StrategyExtended tensorflow.python.distribute.distribute_lib.StrategyExtendedV2
strategy tensorflow.distribute.TPUStrategy tensorflow.python.distribute.tpu_strategy.TPUStrategyV2
- tensorflow.distribute.cluster_resolver.ClusterResolver tensorflow.python.distribute.cluster_resolver.ClusterResolver tensorflow.python.distribute.cluster_resolver.cluster_resolver.ClusterResolver tensorflow.python.distribute.cluster_resolver.gce_cluster_resolver.ClusterResolver tensorflow.python.distribute.cluster_resolver.kubernetes_cluster_resolver.ClusterResolver tensorflow.python.distribute.cluster_resolver.slurm_cluster_resolver.ClusterResolver tensorflow.python.distribute.cluster_resolver.tfconfig_cluster_resolver.ClusterResolver
- tensorflow.distribute.cluster_resolver.GCEClusterResolver tensorflow.python.distribute.cluster_resolver.GCEClusterResolver tensorflow.python.distribute.cluster_resolver.gce_cluster_resolver.GCEClusterResolver
- tensorflow.distribute.cluster_resolver.KubernetesClusterResolver tensorflow.python.distribute.cluster_resolver.KubernetesClusterResolver tensorflow.python.distribute.cluster_resolver.kubernetes_cluster_resolver.KubernetesClusterResolver
- tensorflow.distribute.cluster_resolver.KubernetesExecutableLocation tensorflow.python.distribute.cluster_resolver.ExecutableLocation tensorflow.python.distribute.cluster_resolver.kubernetes_cluster_resolver.ExecutableLocation
- tensorflow.distribute.cluster_resolver.SimpleClusterResolver tensorflow.python.distribute.cluster_resolver.SimpleClusterResolver tensorflow.python.distribute.cluster_resolver.cluster_resolver.SimpleClusterResolver
- tensorflow.distribute.cluster_resolver.SlurmClusterResolver tensorflow.python.distribute.cluster_resolver.SlurmClusterResolver tensorflow.python.distribute.cluster_resolver.slurm_cluster_resolver.SlurmClusterResolver
- tensorflow.distribute.cluster_resolver.TFConfigClusterResolver tensorflow.python.distribute.cluster_resolver.TFConfigClusterResolver tensorflow.python.distribute.cluster_resolver.tfconfig_cluster_resolver.TFConfigClusterResolver
- tensorflow.distribute.cluster_resolver.TPUClusterResolver tensorflow.python.distribute.cluster_resolver.TPUClusterResolver tensorflow.python.distribute.cluster_resolver.tpu.tpu_cluster_resolver.TPUClusterResolver tensorflow.python.distribute.cluster_resolver.tpu_cluster_resolver.TPUClusterResolver
- tensorflow.distribute.cluster_resolver.UnionResolver tensorflow.python.distribute.cluster_resolver.UnionClusterResolver tensorflow.python.distribute.cluster_resolver.cluster_resolver.UnionClusterResolver
- tensorflow.distribute.coordinator.experimental_get_current_worker_index tensorflow.python.distribute.coordinator.coordinator_context.get_current_worker_index
strategy tensorflow.distribute.experimental.CentralStorageStrategy tensorflow.python.distribute.central_storage_strategy.CentralStorageStrategy
- tensorflow.distribute.experimental.CollectiveHints tensorflow.python.distribute.collective_util.Hints
- tensorflow.distribute.experimental.CommunicationImplementation tensorflow.distribute.experimental.CollectiveCommunication tensorflow.python.distribute.collective_util.CollectiveCommunication tensorflow.python.distribute.collective_util.CommunicationImplementation tensorflow.python.distribute.cross_device_ops.CollectiveCommunication tensorflow.python.distribute.cross_device_ops.CommunicationImplementation
- tensorflow.distribute.experimental.CommunicationOptions tensorflow.python.distribute.collective_util._OptionsExported
strategy tensorflow.distribute.experimental.MultiWorkerMirroredStrategy tensorflow.python.distribute.collective_all_reduce_strategy._CollectiveAllReduceStrategyExperimental
strategy tensorflow.distribute.experimental.ParameterServerStrategy tensorflow.distribute.ParameterServerStrategy tensorflow.python.distribute.parameter_server_strategy_v2.ParameterServerStrategyV2
- tensorflow.distribute.experimental.PreemptionCheckpointHandler tensorflow.python.distribute.failure_handling.failure_handling.PreemptionCheckpointHandler tensorflow.python.distribute.failure_handling.failure_handling.WorkerPreemptionHandler
- tensorflow.distribute.experimental.PreemptionWatcher tensorflow.python.distribute.failure_handling.preemption_watcher.PreemptionWatcher
strategy tensorflow.distribute.experimental.TPUStrategy tensorflow.python.distribute.tpu_strategy.TPUStrategy
- tensorflow.distribute.experimental.TerminationConfig tensorflow.python.distribute.failure_handling.failure_handling.TerminationConfig
- tensorflow.distribute.experimental.ValueContext tensorflow.python.distribute.distribute_lib.ValueContext
- tensorflow.distribute.experimental.coordinator.ClusterCoordinator tensorflow.distribute.coordinator.ClusterCoordinator tensorflow.python.distribute.coordinator.cluster_coordinator.ClusterCoordinator
- tensorflow.distribute.experimental.coordinator.PerWorkerValues tensorflow.distribute.coordinator.PerWorkerValue tensorflow.python.distribute.coordinator.cluster_coordinator.PerWorkerValues tensorflow.python.distribute.coordinator.values.PerWorkerValues
- tensorflow.distribute.experimental.coordinator.RemoteValue tensorflow.distribute.coordinator.RemoteValue tensorflow.python.distribute.coordinator.cluster_coordinator.RemoteValue tensorflow.python.distribute.coordinator.remote_value.RemoteValue
- tensorflow.distribute.experimental.partitioners.FixedShardsPartitioner tensorflow.python.distribute.sharded_variable.FixedShardsPartitioner
- tensorflow.distribute.experimental.partitioners.MaxSizePartitioner tensorflow.python.distribute.sharded_variable.MaxSizePartitioner
- tensorflow.distribute.experimental.partitioners.MinSizePartitioner tensorflow.python.distribute.sharded_variable.MinSizePartitioner
- tensorflow.distribute.experimental.partitioners.Partitioner tensorflow.python.distribute.sharded_variable.Partitioner
- tensorflow.distribute.experimental.rpc.Client tensorflow.python.distribute.experimental.rpc.rpc_ops.Client
- tensorflow.distribute.experimental.rpc.Server tensorflow.python.distribute.experimental.rpc.rpc_ops.Server
- tensorflow.distribute.experimental_set_strategy tensorflow.python.distribute.distribute_lib.experimental_set_strategy
- tensorflow.distribute.get_replica_context tensorflow.python.distribute.distribute_lib.get_replica_context
- tensorflow.distribute.get_strategy tensorflow.python.distribute.distribute_lib.get_distribution_strategy tensorflow.python.distribute.distribute_lib.get_strategy
- tensorflow.distribute.has_strategy tensorflow.python.distribute.distribute_lib.has_distribution_strategy tensorflow.python.distribute.distribute_lib.has_strategy
- tensorflow.distribute.in_cross_replica_context tensorflow.python.distribute.distribute_lib.in_cross_replica_context
dtype tensorflow.dtypes.DType tensorflow.DType tensorflow.python.framework.dtypes.DType
dtype tensorflow.dtypes.DType.experimental_from_proto
- tensorflow.dtypes.as_dtype tensorflow.as_dtype tensorflow.python.framework.dtypes.as_dtype
tensor@2 tensorflow.dtypes.complex tensorflow.complex tensorflow.python.ops.math_ops.complex tensorflow.python.ops.standard_ops.complex
-@2 tensorflow.dtypes.saturate_cast tensorflow.python.ops.math_ops.saturate_cast tensorflow.python.ops.standard_ops.saturate_cast tensorflow.saturate_cast
tensor_list@3 tensorflow.dynamic_partition tensorflow.python.ops.data_flow_ops.DynamicPartition tensorflow.python.ops.data_flow_ops.dynamic_partition tensorflow.python.ops.gen_data_flow_ops.DynamicPartition tensorflow.python.ops.gen_data_flow_ops.dynamic_partition tensorflow.python.ops.standard_ops.DynamicPartition tensorflow.python.ops.standard_ops.dynamic_partition tensorflow.raw_ops.DynamicPartition
tensor@2 tensorflow.dynamic_stitch tensorflow.python.ops.data_flow_ops.DynamicStitch tensorflow.python.ops.data_flow_ops.dynamic_stitch tensorflow.python.ops.gen_data_flow_ops.DynamicStitch tensorflow.python.ops.gen_data_flow_ops.dynamic_stitch tensorflow.python.ops.standard_ops.DynamicStitch tensorflow.python.ops.standard_ops.dynamic_stitch tensorflow.raw_ops.DynamicStitch
tensor@3 tensorflow.edit_distance tensorflow.python.ops.array_ops.edit_distance tensorflow.python.ops.standard_ops.edit_distance
tensor tensorflow.einsum tensorflow.linalg.einsum tensorflow.python.ops.linalg.linalg_impl.einsum tensorflow.python.ops.special_math_ops.einsum
tensor@2 tensorflow.ensure_shape tensorflow.python.ops.check_ops.ensure_shape
- tensorflow.errors.AbortedError tensorflow.python.distribute.failure_handling.preemption_watcher.AbortedError tensorflow.python.framework.errors.AbortedError tensorflow.python.framework.errors_impl.AbortedError
- tensorflow.errors.AlreadyExistsError tensorflow.python.framework.errors.AlreadyExistsError tensorflow.python.framework.errors_impl.AlreadyExistsError
- tensorflow.errors.CancelledError tensorflow.python.distribute.failure_handling.preemption_watcher.CancelledError tensorflow.python.framework.errors.CancelledError tensorflow.python.framework.errors_impl.CancelledError
- tensorflow.errors.DataLossError tensorflow.python.framework.errors.DataLossError tensorflow.python.framework.errors_impl.DataLossError
- tensorflow.errors.DeadlineExceededError tensorflow.python.framework.errors.DeadlineExceededError tensorflow.python.framework.errors_impl.DeadlineExceededError
- tensorflow.errors.FailedPreconditionError tensorflow.python.framework.errors.FailedPreconditionError tensorflow.python.framework.errors_impl.FailedPreconditionError
- tensorflow.errors.InternalError tensorflow.python.distribute.failure_handling.preemption_watcher.InternalError tensorflow.python.framework.errors.InternalError tensorflow.python.framework.errors_impl.InternalError
- tensorflow.errors.InvalidArgumentError tensorflow.python.framework.errors.InvalidArgumentError tensorflow.python.framework.errors_impl.InvalidArgumentError
- tensorflow.errors.NotFoundError tensorflow.python.framework.errors.NotFoundError tensorflow.python.framework.errors_impl.NotFoundError
- tensorflow.errors.OpError tensorflow.compat.v1.OpError tensorflow.python.framework.errors.OpError tensorflow.python.framework.errors_impl.OpError
- tensorflow.errors.OperatorNotAllowedInGraphError tensorflow.python.framework.errors.OperatorNotAllowedInGraphError tensorflow.python.framework.errors_impl.OperatorNotAllowedInGraphError
- tensorflow.errors.OutOfRangeError tensorflow.python.framework.errors.OutOfRangeError tensorflow.python.framework.errors_impl.OutOfRangeError
- tensorflow.errors.PermissionDeniedError tensorflow.python.framework.errors.PermissionDeniedError tensorflow.python.framework.errors_impl.PermissionDeniedError
- tensorflow.errors.ResourceExhaustedError tensorflow.python.framework.errors.ResourceExhaustedError tensorflow.python.framework.errors_impl.ResourceExhaustedError
- tensorflow.errors.UnauthenticatedError tensorflow.python.framework.errors.UnauthenticatedError tensorflow.python.framework.errors_impl.UnauthenticatedError
- tensorflow.errors.UnavailableError tensorflow.python.distribute.failure_handling.preemption_watcher.UnavailableError tensorflow.python.framework.errors.UnavailableError tensorflow.python.framework.errors_impl.UnavailableError
- tensorflow.errors.UnimplementedError tensorflow.python.framework.errors.UnimplementedError tensorflow.python.framework.errors_impl.UnimplementedError
- tensorflow.errors.UnknownError tensorflow.python.framework.errors.UnknownError tensorflow.python.framework.errors_impl.UnknownError
- tensorflow.executing_eagerly tensorflow.python.eager.context.executing_eagerly
tensor@2 tensorflow.expand_dims tensorflow.python.ops.array_ops.expand_dims_v2
tensor tensorflow.experimental.BatchableExtensionType tensorflow.python.framework.extension_type.BatchableExtensionType
tensor tensorflow.experimental.DynamicRaggedShape tensorflow.python.ops.ragged.dynamic_ragged_shape.DynamicRaggedShape
tensor tensorflow.experimental.DynamicRaggedShape.from_lengths
tensor tensorflow.experimental.DynamicRaggedShape.from_row_partitions
tensor tensorflow.experimental.DynamicRaggedShape.from_tensor
tensor tensorflow.experimental.ExtensionType tensorflow.python.framework.extension_type.ExtensionType
- tensorflow.experimental.ExtensionTypeBatchEncoder tensorflow.python.framework.extension_type.ExtensionTypeBatchEncoder
spec tensorflow.experimental.ExtensionTypeSpec tensorflow.python.framework.extension_type.ExtensionTypeSpec
spec tensorflow.experimental.ExtensionTypeSpec.from_value
- tensorflow.experimental.Optional tensorflow.data.experimental.Optional tensorflow.python.data.experimental.Optional tensorflow.python.data.ops.optional_ops.Optional
- tensorflow.experimental.RowPartition tensorflow.python.ops.ragged.dynamic_ragged_shape.RowPartition tensorflow.python.ops.ragged.ragged_tensor.RowPartition tensorflow.python.ops.ragged.ragged_tensor_value.RowPartition tensorflow.python.ops.ragged.row_partition.RowPartition tensorflow.python.ops.structured.structured_tensor.RowPartition
tensor tensorflow.experimental.StructuredTensor tensorflow.python.framework.type_utils.StructuredTensor tensorflow.python.ops.structured.structured_tensor.StructuredTensor
tensor tensorflow.experimental.StructuredTensor.from_fields
tensor tensorflow.experimental.StructuredTensor.from_fields_and_rank
tensor tensorflow.experimental.StructuredTensor.from_pyval
tensor tensorflow.experimental.StructuredTensor.from_shape
- tensorflow.experimental.async_clear_error tensorflow.python.eager.context.async_clear_error
- tensorflow.experimental.async_scope tensorflow.python.eager.context.async_scope
- tensorflow.experimental.dispatch_for_api tensorflow.python.util.dispatch.dispatch_for_api
- tensorflow.experimental.dispatch_for_binary_elementwise_apis tensorflow.python.util.dispatch.dispatch_for_binary_elementwise_apis
- tensorflow.experimental.dispatch_for_binary_elementwise_assert_apis tensorflow.python.util.dispatch.dispatch_for_binary_elementwise_assert_apis
- tensorflow.experimental.dispatch_for_unary_elementwise_apis tensorflow.python.util.dispatch.dispatch_for_unary_elementwise_apis
- tensorflow.experimental.dlpack.from_dlpack tensorflow.python.dlpack.dlpack.from_dlpack
- tensorflow.experimental.dlpack.to_dlpack tensorflow.python.dlpack.dlpack.to_dlpack
- tensorflow.experimental.dtensor.DTensorCheckpoint tensorflow.dtensor.python.d_checkpoint.DTensorCheckpoint
dataset tensorflow.experimental.dtensor.DTensorDataset tensorflow.dtensor.python.input_util.DTensorDataset
variable tensorflow.experimental.dtensor.DVariable tensorflow.dtensor.python.d_variable.DVariable
- tensorflow.experimental.dtensor.Layout tensorflow.dtensor.python.layout.Layout
- tensorflow.experimental.dtensor.Mesh tensorflow.dtensor.python.layout.Mesh
- tensorflow.experimental.dtensor.barrier tensorflow.dtensor.python.mesh_util.barrier
- tensorflow.experimental.dtensor.call_with_layout tensorflow.dtensor.python.api.call_with_layout
- tensorflow.experimental.dtensor.check_layout tensorflow.dtensor.python.api.check_layout
- tensorflow.experimental.dtensor.client_id tensorflow.dtensor.python.config.client_id
tensor tensorflow.experimental.dtensor.copy_to_mesh tensorflow.dtensor.python.api.copy_to_mesh
- tensorflow.experimental.dtensor.create_distributed_mesh tensorflow.dtensor.python.mesh_util.create_distributed_mesh
- tensorflow.experimental.dtensor.create_mesh tensorflow.dtensor.python.mesh_util.create_mesh
- tensorflow.experimental.dtensor.create_tpu_mesh tensorflow.dtensor.python.tpu_util.create_tpu_mesh
- tensorflow.experimental.dtensor.default_mesh tensorflow.dtensor.python.api.default_mesh
- tensorflow.experimental.dtensor.device_name tensorflow.dtensor.python.api.device_name
- tensorflow.experimental.dtensor.enable_save_as_bf16 tensorflow.dtensor.python.save_restore.enable_save_as_bf16
- tensorflow.experimental.dtensor.fetch_layout tensorflow.dtensor.python.api.fetch_layout
- tensorflow.experimental.dtensor.full_job_name tensorflow.dtensor.python.config.full_job_name
- tensorflow.experimental.dtensor.get_default_mesh tensorflow.dtensor.python.api.get_default_mesh
- tensorflow.experimental.dtensor.heartbeat_enabled tensorflow.dtensor.python.config.heartbeat_enabled
- tensorflow.experimental.dtensor.initialize_accelerator_system tensorflow.dtensor.python.accelerator_util.initialize_accelerator_system tensorflow.experimental.dtensor.initialize_multi_client tensorflow.experimental.dtensor.initialize_tpu_system
- tensorflow.experimental.dtensor.is_dtensor tensorflow.dtensor.python.api.is_dtensor
- tensorflow.experimental.dtensor.job_name tensorflow.dtensor.python.config.job_name
- tensorflow.experimental.dtensor.jobs tensorflow.dtensor.python.config.jobs
- tensorflow.experimental.dtensor.local_devices tensorflow.dtensor.python.config.local_devices
- tensorflow.experimental.dtensor.name_based_restore tensorflow.dtensor.python.save_restore.name_based_restore
- tensorflow.experimental.dtensor.name_based_save tensorflow.dtensor.python.save_restore.name_based_save
- tensorflow.experimental.dtensor.num_clients tensorflow.dtensor.python.config.num_clients
- tensorflow.experimental.dtensor.num_global_devices tensorflow.dtensor.python.config.num_global_devices
- tensorflow.experimental.dtensor.num_local_devices tensorflow.dtensor.python.config.num_local_devices
- tensorflow.experimental.dtensor.pack tensorflow.dtensor.python.api.pack
- tensorflow.experimental.dtensor.preferred_device_type tensorflow.dtensor.python.config.preferred_device_type
tensor@2 tensorflow.experimental.dtensor.relayout tensorflow.dtensor.python.api.relayout
tensor@2 tensorflow.experimental.dtensor.relayout_like tensorflow.dtensor.python.api.relayout_like
- tensorflow.experimental.dtensor.run_on tensorflow.dtensor.python.api.run_on
- tensorflow.experimental.dtensor.sharded_save tensorflow.dtensor.python.save_restore.sharded_save
- tensorflow.experimental.dtensor.shutdown_accelerator_system tensorflow.dtensor.python.accelerator_util.shutdown_accelerator_system tensorflow.experimental.dtensor.shutdown_tpu_system
- tensorflow.experimental.dtensor.unpack tensorflow.dtensor.python.api.unpack
- tensorflow.experimental.enable_strict_mode tensorflow.python.framework.strict_mode.enable_strict_mode
- tensorflow.experimental.extension_type.as_dict tensorflow.python.framework.extension_type.as_dict
- tensorflow.experimental.function_executor_type tensorflow.python.eager.context.function_executor_type
tensor tensorflow.experimental.numpy.abs tensorflow.python.ops.numpy_ops.np_math_ops.abs
tensor tensorflow.experimental.numpy.absolute tensorflow.python.ops.numpy_ops.np_math_ops.absolute
tensor tensorflow.experimental.numpy.add tensorflow.python.ops.numpy_ops.np_math_ops.add
tensor tensorflow.experimental.numpy.all tensorflow.python.ops.numpy_ops.np_array_ops.all
tensor tensorflow.experimental.numpy.allclose tensorflow.python.ops.numpy_ops.np_math_ops.allclose
tensor tensorflow.experimental.numpy.amax tensorflow.python.ops.numpy_ops.np_array_ops.amax
tensor tensorflow.experimental.numpy.amin tensorflow.python.ops.numpy_ops.np_array_ops.amin
tensor tensorflow.experimental.numpy.angle tensorflow.python.ops.numpy_ops.np_math_ops.angle
tensor tensorflow.experimental.numpy.any tensorflow.python.ops.numpy_ops.np_array_ops.any
tensor tensorflow.experimental.numpy.append tensorflow.python.ops.numpy_ops.np_math_ops.append
tensor tensorflow.experimental.numpy.arange tensorflow.python.ops.numpy_ops.np_array_ops.arange
tensor tensorflow.experimental.numpy.arccos tensorflow.python.ops.numpy_ops.np_math_ops.arccos
tensor tensorflow.experimental.numpy.arccosh tensorflow.python.ops.numpy_ops.np_math_ops.arccosh
tensor tensorflow.experimental.numpy.arcsin tensorflow.python.ops.numpy_ops.np_math_ops.arcsin
tensor tensorflow.experimental.numpy.arcsinh tensorflow.python.ops.numpy_ops.np_math_ops.arcsinh
tensor tensorflow.experimental.numpy.arctan tensorflow.python.ops.numpy_ops.np_math_ops.arctan
tensor tensorflow.experimental.numpy.arctan2 tensorflow.python.ops.numpy_ops.np_math_ops.arctan2
tensor tensorflow.experimental.numpy.arctanh tensorflow.python.ops.numpy_ops.np_math_ops.arctanh
tensor tensorflow.experimental.numpy.argmax tensorflow.python.ops.numpy_ops.np_math_ops.argmax
tensor tensorflow.experimental.numpy.argmin tensorflow.python.ops.numpy_ops.np_math_ops.argmin
tensor tensorflow.experimental.numpy.argsort tensorflow.python.ops.numpy_ops.np_math_ops.argsort
tensor tensorflow.experimental.numpy.around tensorflow.python.ops.numpy_ops.np_array_ops.around
tensor tensorflow.experimental.numpy.array tensorflow.python.ops.numpy_ops.np_array_ops.array
tensor tensorflow.experimental.numpy.array_equal tensorflow.python.ops.numpy_ops.np_math_ops.array_equal
tensor tensorflow.experimental.numpy.asanyarray tensorflow.python.ops.numpy_ops.np_array_ops.asanyarray
tensor tensorflow.experimental.numpy.asarray tensorflow.python.ops.numpy_ops.np_array_ops.asarray
tensor tensorflow.experimental.numpy.ascontiguousarray tensorflow.python.ops.numpy_ops.np_array_ops.ascontiguousarray
tensor tensorflow.experimental.numpy.atleast_1d tensorflow.python.ops.numpy_ops.np_array_ops.atleast_1d
tensor tensorflow.experimental.numpy.atleast_2d tensorflow.python.ops.numpy_ops.np_array_ops.atleast_2d
tensor tensorflow.experimental.numpy.atleast_3d tensorflow.python.ops.numpy_ops.np_array_ops.atleast_3d
tensor tensorflow.experimental.numpy.average tensorflow.python.ops.numpy_ops.np_math_ops.average
tensor tensorflow.experimental.numpy.bitwise_and tensorflow.python.ops.numpy_ops.np_math_ops.bitwise_and
tensor tensorflow.experimental.numpy.bitwise_not tensorflow.python.ops.numpy_ops.np_math_ops.bitwise_not
tensor tensorflow.experimental.numpy.bitwise_or tensorflow.python.ops.numpy_ops.np_math_ops.bitwise_or
tensor tensorflow.experimental.numpy.bitwise_xor tensorflow.python.ops.numpy_ops.np_math_ops.bitwise_xor
tensor_list tensorflow.experimental.numpy.broadcast_arrays tensorflow.python.ops.numpy_ops.np_array_ops.broadcast_arrays
tensor tensorflow.experimental.numpy.broadcast_to tensorflow.python.ops.numpy_ops.np_array_ops.broadcast_to
tensor tensorflow.experimental.numpy.cbrt tensorflow.python.ops.numpy_ops.np_math_ops.cbrt
tensor tensorflow.experimental.numpy.ceil tensorflow.python.ops.numpy_ops.np_math_ops.ceil
tensor tensorflow.experimental.numpy.clip tensorflow.python.ops.numpy_ops.np_math_ops.clip
tensor tensorflow.experimental.numpy.compress tensorflow.python.ops.numpy_ops.np_array_ops.compress
tensor tensorflow.experimental.numpy.concatenate tensorflow.python.ops.numpy_ops.np_math_ops.concatenate
tensor tensorflow.experimental.numpy.conj tensorflow.python.ops.numpy_ops.np_math_ops.conj
tensor tensorflow.experimental.numpy.conjugate tensorflow.python.ops.numpy_ops.np_math_ops.conjugate
tensor tensorflow.experimental.numpy.copy tensorflow.python.ops.numpy_ops.np_array_ops.copy
tensor tensorflow.experimental.numpy.cos tensorflow.python.ops.numpy_ops.np_math_ops.cos
tensor tensorflow.experimental.numpy.cosh tensorflow.python.ops.numpy_ops.np_math_ops.cosh
tensor tensorflow.experimental.numpy.count_nonzero tensorflow.python.ops.numpy_ops.np_math_ops.count_nonzero
tensor tensorflow.experimental.numpy.cross tensorflow.python.ops.numpy_ops.np_math_ops.cross
tensor tensorflow.experimental.numpy.cumprod tensorflow.python.ops.numpy_ops.np_array_ops.cumprod
tensor tensorflow.experimental.numpy.cumsum tensorflow.python.ops.numpy_ops.np_array_ops.cumsum
tensor tensorflow.experimental.numpy.deg2rad tensorflow.python.ops.numpy_ops.np_math_ops.deg2rad
tensor tensorflow.experimental.numpy.diag tensorflow.python.ops.numpy_ops.np_array_ops.diag
tensor tensorflow.experimental.numpy.diag_indices tensorflow.python.ops.numpy_ops.np_array_ops.diag_indices
tensor tensorflow.experimental.numpy.diagflat tensorflow.python.ops.numpy_ops.np_array_ops.diagflat
tensor tensorflow.experimental.numpy.diagonal tensorflow.python.ops.numpy_ops.np_array_ops.diagonal
tensor tensorflow.experimental.numpy.diff tensorflow.python.ops.numpy_ops.np_math_ops.diff
tensor tensorflow.experimental.numpy.divide tensorflow.python.ops.numpy_ops.np_math_ops.divide
tensor tensorflow.experimental.numpy.divmod tensorflow.python.ops.numpy_ops.np_math_ops.divmod
tensor tensorflow.experimental.numpy.dot tensorflow.python.ops.numpy_ops.np_math_ops.dot
tensor tensorflow.experimental.numpy.dstack tensorflow.python.ops.numpy_ops.np_array_ops.dstack
tensor tensorflow.experimental.numpy.einsum tensorflow.python.ops.numpy_ops.np_math_ops.einsum
tensor tensorflow.experimental.numpy.empty tensorflow.python.ops.numpy_ops.np_array_ops.empty
tensor tensorflow.experimental.numpy.empty_like tensorflow.python.ops.numpy_ops.np_array_ops.empty_like
tensor tensorflow.experimental.numpy.equal tensorflow.python.ops.numpy_ops.np_math_ops.equal
tensor tensorflow.experimental.numpy.exp tensorflow.python.ops.numpy_ops.np_math_ops.exp
tensor tensorflow.experimental.numpy.exp2 tensorflow.python.ops.numpy_ops.np_math_ops.exp2
tensor tensorflow.experimental.numpy.expand_dims tensorflow.python.ops.numpy_ops.np_array_ops.expand_dims
none tensorflow.experimental.numpy.experimental_enable_numpy_behavior tensorflow.python.ops.numpy_ops.np_config.enable_numpy_behavior
tensor tensorflow.experimental.numpy.expm1 tensorflow.python.ops.numpy_ops.np_math_ops.expm1
tensor tensorflow.experimental.numpy.eye tensorflow.python.ops.numpy_ops.np_array_ops.eye
tensor tensorflow.experimental.numpy.fabs tensorflow.python.ops.numpy_ops.np_math_ops.fabs
- tensorflow.experimental.numpy.finfo tensorflow.python.ops.numpy_ops.np_utils.finfo
tensor tensorflow.experimental.numpy.fix tensorflow.python.ops.numpy_ops.np_math_ops.fix
tensor tensorflow.experimental.numpy.flatten tensorflow.python.ops.numpy_ops.np_array_ops.flatten
tensor tensorflow.experimental.numpy.flip tensorflow.python.ops.numpy_ops.np_array_ops.flip
tensor tensorflow.experimental.numpy.fliplr tensorflow.python.ops.numpy_ops.np_array_ops.fliplr
tensor tensorflow.experimental.numpy.flipud tensorflow.python.ops.numpy_ops.np_array_ops.flipud
tensor tensorflow.experimental.numpy.float_power tensorflow.python.ops.numpy_ops.np_math_ops.float_power
tensor tensorflow.experimental.numpy.floor tensorflow.python.ops.numpy_ops.np_math_ops.floor
tensor tensorflow.experimental.numpy.floor_divide tensorflow.python.ops.numpy_ops.np_math_ops.floor_divide
tensor tensorflow.experimental.numpy.full tensorflow.python.ops.numpy_ops.np_array_ops.full
tensor tensorflow.experimental.numpy.full_like tensorflow.python.ops.numpy_ops.np_array_ops.full_like
tensor tensorflow.experimental.numpy.gcd tensorflow.python.ops.numpy_ops.np_math_ops.gcd
tensor tensorflow.experimental.numpy.geomspace tensorflow.python.ops.numpy_ops.np_math_ops.geomspace
tensor tensorflow.experimental.numpy.greater tensorflow.python.ops.numpy_ops.np_math_ops.greater
tensor tensorflow.experimental.numpy.greater_equal tensorflow.python.ops.numpy_ops.np_math_ops.greater_equal
tensor tensorflow.experimental.numpy.heaviside tensorflow.python.ops.numpy_ops.np_math_ops.heaviside
tensor tensorflow.experimental.numpy.hstack tensorflow.python.ops.numpy_ops.np_array_ops.hstack
tensor tensorflow.experimental.numpy.hypot tensorflow.python.ops.numpy_ops.np_math_ops.hypot
tensor tensorflow.experimental.numpy.identity tensorflow.python.ops.numpy_ops.np_array_ops.identity
tensor tensorflow.experimental.numpy.imag tensorflow.python.ops.numpy_ops.np_array_ops.imag
tensor tensorflow.experimental.numpy.inner tensorflow.python.ops.numpy_ops.np_math_ops.inner
tensor tensorflow.experimental.numpy.isclose tensorflow.python.ops.numpy_ops.np_math_ops.isclose
tensor tensorflow.experimental.numpy.iscomplex tensorflow.python.ops.numpy_ops.np_math_ops.iscomplex
bool tensorflow.experimental.numpy.iscomplexobj tensorflow.python.ops.numpy_ops.np_math_ops.iscomplexobj
tensor tensorflow.experimental.numpy.isfinite tensorflow.python.ops.numpy_ops.np_math_ops.isfinite
tensor tensorflow.experimental.numpy.isinf tensorflow.python.ops.numpy_ops.np_math_ops.isinf
tensor tensorflow.experimental.numpy.isnan tensorflow.python.ops.numpy_ops.np_math_ops.isnan
tensor tensorflow.experimental.numpy.isneginf tensorflow.python.ops.numpy_ops.np_math_ops.isneginf
tensor tensorflow.experimental.numpy.isposinf tensorflow.python.ops.numpy_ops.np_math_ops.isposinf
tensor tensorflow.experimental.numpy.isreal tensorflow.python.ops.numpy_ops.np_math_ops.isreal
bool tensorflow.experimental.numpy.isrealobj tensorflow.python.ops.numpy_ops.np_math_ops.isrealobj
bool tensorflow.experimental.numpy.isscalar tensorflow.python.ops.numpy_ops.np_array_ops.isscalar
tensor tensorflow.experimental.numpy.ix_ tensorflow.python.ops.numpy_ops.np_array_ops.ix_
tensor tensorflow.experimental.numpy.kron tensorflow.python.ops.numpy_ops.np_math_ops.kron
tensor tensorflow.experimental.numpy.lcm tensorflow.python.ops.numpy_ops.np_math_ops.lcm
tensor tensorflow.experimental.numpy.less tensorflow.python.ops.numpy_ops.np_math_ops.less
tensor tensorflow.experimental.numpy.less_equal tensorflow.python.ops.numpy_ops.np_math_ops.less_equal
tensor tensorflow.experimental.numpy.linspace tensorflow.python.ops.numpy_ops.np_math_ops.linspace
tensor tensorflow.experimental.numpy.log tensorflow.python.ops.numpy_ops.np_math_ops.log
tensor tensorflow.experimental.numpy.log10 tensorflow.python.ops.numpy_ops.np_math_ops.log10
tensor tensorflow.experimental.numpy.log1p tensorflow.python.ops.numpy_ops.np_math_ops.log1p
tensor tensorflow.experimental.numpy.log2 tensorflow.python.ops.numpy_ops.np_math_ops.log2
tensor tensorflow.experimental.numpy.logaddexp tensorflow.python.ops.numpy_ops.np_math_ops.logaddexp
tensor tensorflow.experimental.numpy.logaddexp2 tensorflow.python.ops.numpy_ops.np_math_ops.logaddexp2
tensor tensorflow.experimental.numpy.logical_and tensorflow.python.ops.numpy_ops.np_math_ops.logical_and
tensor tensorflow.experimental.numpy.logical_not tensorflow.python.ops.numpy_ops.np_math_ops.logical_not
tensor tensorflow.experimental.numpy.logical_or tensorflow.python.ops.numpy_ops.np_math_ops.logical_or
tensor tensorflow.experimental.numpy.logical_xor tensorflow.python.ops.numpy_ops.np_math_ops.logical_xor
tensor tensorflow.experimental.numpy.logspace tensorflow.python.ops.numpy_ops.np_math_ops.logspace
tensor tensorflow.experimental.numpy.matmul tensorflow.python.ops.numpy_ops.np_math_ops.matmul
tensor tensorflow.experimental.numpy.max tensorflow.python.ops.numpy_ops.np_array_ops.max
tensor tensorflow.experimental.numpy.maximum tensorflow.python.ops.numpy_ops.np_math_ops.maximum
tensor tensorflow.experimental.numpy.mean tensorflow.python.ops.numpy_ops.np_array_ops.mean
tensor_list tensorflow.experimental.numpy.meshgrid tensorflow.python.ops.numpy_ops.np_math_ops.meshgrid
tensor tensorflow.experimental.numpy.min tensorflow.python.ops.numpy_ops.np_array_ops.min
tensor tensorflow.experimental.numpy.minimum tensorflow.python.ops.numpy_ops.np_math_ops.minimum
tensor tensorflow.experimental.numpy.mod tensorflow.python.ops.numpy_ops.np_math_ops.mod
tensor tensorflow.experimental.numpy.moveaxis tensorflow.python.ops.numpy_ops.np_array_ops.moveaxis
tensor tensorflow.experimental.numpy.multiply tensorflow.python.ops.numpy_ops.np_math_ops.multiply
tensor tensorflow.experimental.numpy.nanmean tensorflow.python.ops.numpy_ops.np_math_ops.nanmean
int tensorflow.experimental.numpy.ndim tensorflow.python.ops.numpy_ops.np_array_ops.ndim
tensor tensorflow.experimental.numpy.negative tensorflow.python.ops.numpy_ops.np_math_ops.negative
tensor tensorflow.experimental.numpy.nextafter tensorflow.python.ops.numpy_ops.np_math_ops.nextafter
tensor_list tensorflow.experimental.numpy.nonzero tensorflow.python.ops.numpy_ops.np_array_ops.nonzero
tensor tensorflow.experimental.numpy.not_equal tensorflow.python.ops.numpy_ops.np_math_ops.not_equal
tensor tensorflow.experimental.numpy.ones tensorflow.python.ops.numpy_ops.np_array_ops.ones
tensor tensorflow.experimental.numpy.ones_like tensorflow.python.ops.numpy_ops.np_array_ops.ones_like
tensor tensorflow.experimental.numpy.outer tensorflow.python.ops.numpy_ops.np_math_ops.outer
tensor tensorflow.experimental.numpy.pad tensorflow.python.ops.numpy_ops.np_array_ops.pad
tensor tensorflow.experimental.numpy.polyval tensorflow.python.ops.numpy_ops.np_math_ops.polyval
tensor tensorflow.experimental.numpy.positive tensorflow.python.ops.numpy_ops.np_math_ops.positive
tensor tensorflow.experimental.numpy.power tensorflow.python.ops.numpy_ops.np_math_ops.power
tensor tensorflow.experimental.numpy.prod tensorflow.python.ops.numpy_ops.np_array_ops.prod
dtype tensorflow.experimental.numpy.promote_types tensorflow.python.ops.numpy_ops.np_utils.promote_types
tensor tensorflow.experimental.numpy.ptp tensorflow.python.ops.numpy_ops.np_math_ops.ptp
tensor tensorflow.experimental.numpy.rad2deg tensorflow.python.ops.numpy_ops.np_math_ops.rad2deg
tensor tensorflow.experimental.numpy.random.poisson tensorflow.python.ops.numpy_ops.np_random.poisson
tensor tensorflow.experimental.numpy.random.rand tensorflow.python.ops.numpy_ops.np_random.rand
tensor tensorflow.experimental.numpy.random.randint tensorflow.python.ops.numpy_ops.np_random.randint
tensor tensorflow.experimental.numpy.random.randn tensorflow.python.ops.numpy_ops.np_random.randn
- tensorflow.experimental.numpy.random.random tensorflow.python.ops.numpy_ops.np_random.random
none tensorflow.experimental.numpy.random.seed tensorflow.python.ops.numpy_ops.np_random.seed
tensor tensorflow.experimental.numpy.random.standard_normal tensorflow.python.ops.numpy_ops.np_random.standard_normal
tensor tensorflow.experimental.numpy.random.uniform tensorflow.python.ops.numpy_ops.np_random.uniform
tensor tensorflow.experimental.numpy.ravel tensorflow.python.ops.numpy_ops.np_array_ops.ravel
tensor tensorflow.experimental.numpy.real tensorflow.python.ops.numpy_ops.np_array_ops.real
tensor tensorflow.experimental.numpy.reciprocal tensorflow.python.ops.numpy_ops.np_math_ops.reciprocal
tensor tensorflow.experimental.numpy.remainder tensorflow.python.ops.numpy_ops.np_math_ops.remainder
tensor tensorflow.experimental.numpy.repeat tensorflow.python.ops.numpy_ops.np_array_ops.repeat
tensor tensorflow.experimental.numpy.reshape tensorflow.python.ops.numpy_ops.np_array_ops.reshape
dtype tensorflow.experimental.numpy.result_type tensorflow.python.ops.numpy_ops.np_utils.result_type
tensor tensorflow.experimental.numpy.roll tensorflow.python.ops.numpy_ops.np_array_ops.roll
tensor tensorflow.experimental.numpy.rot90 tensorflow.python.ops.numpy_ops.np_array_ops.rot90
tensor tensorflow.experimental.numpy.round tensorflow.python.ops.numpy_ops.np_array_ops.round
tensor tensorflow.experimental.numpy.select tensorflow.python.ops.numpy_ops.np_array_ops.select
shape tensorflow.experimental.numpy.shape tensorflow.python.ops.numpy_ops.np_array_ops.shape
tensor tensorflow.experimental.numpy.sign tensorflow.python.ops.numpy_ops.np_array_ops.sign
tensor tensorflow.experimental.numpy.signbit tensorflow.python.ops.numpy_ops.np_math_ops.signbit
tensor tensorflow.experimental.numpy.sin tensorflow.python.ops.numpy_ops.np_math_ops.sin
tensor tensorflow.experimental.numpy.sinc tensorflow.python.ops.numpy_ops.np_math_ops.sinc
tensor tensorflow.experimental.numpy.sinh tensorflow.python.ops.numpy_ops.np_math_ops.sinh
int tensorflow.experimental.numpy.size tensorflow.python.ops.numpy_ops.np_array_ops.size
tensor tensorflow.experimental.numpy.sort tensorflow.python.ops.numpy_ops.np_math_ops.sort
tensor_list tensorflow.experimental.numpy.split tensorflow.python.ops.numpy_ops.np_array_ops.split
tensor tensorflow.experimental.numpy.sqrt tensorflow.python.ops.numpy_ops.np_math_ops.sqrt
tensor tensorflow.experimental.numpy.square tensorflow.python.ops.numpy_ops.np_math_ops.square
tensor tensorflow.experimental.numpy.squeeze tensorflow.python.ops.numpy_ops.np_array_ops.squeeze
tensor tensorflow.experimental.numpy.stack tensorflow.python.ops.numpy_ops.np_array_ops.stack
tensor tensorflow.experimental.numpy.std tensorflow.python.ops.numpy_ops.np_array_ops.std
tensor tensorflow.experimental.numpy.subtract tensorflow.python.ops.numpy_ops.np_math_ops.subtract
tensor tensorflow.experimental.numpy.sum tensorflow.python.ops.numpy_ops.np_array_ops.sum
tensor tensorflow.experimental.numpy.swapaxes tensorflow.python.ops.numpy_ops.np_array_ops.swapaxes
tensor tensorflow.experimental.numpy.take tensorflow.python.ops.numpy_ops.np_array_ops.take
tensor tensorflow.experimental.numpy.take_along_axis tensorflow.python.ops.numpy_ops.np_array_ops.take_along_axis
tensor tensorflow.experimental.numpy.tan tensorflow.python.ops.numpy_ops.np_math_ops.tan
tensor tensorflow.experimental.numpy.tanh tensorflow.python.ops.numpy_ops.np_math_ops.tanh
tensor tensorflow.experimental.numpy.tensordot tensorflow.python.ops.numpy_ops.np_math_ops.tensordot
tensor tensorflow.experimental.numpy.tile tensorflow.python.ops.numpy_ops.np_math_ops.tile
tensor tensorflow.experimental.numpy.trace tensorflow.python.ops.numpy_ops.np_math_ops.trace
tensor tensorflow.experimental.numpy.transpose tensorflow.python.ops.numpy_ops.np_array_ops.transpose
tensor tensorflow.experimental.numpy.tri tensorflow.python.ops.numpy_ops.np_array_ops.tri
tensor tensorflow.experimental.numpy.tril tensorflow.python.ops.numpy_ops.np_array_ops.tril
tensor tensorflow.experimental.numpy.triu tensorflow.python.ops.numpy_ops.np_array_ops.triu
tensor tensorflow.experimental.numpy.true_divide tensorflow.python.ops.numpy_ops.np_math_ops.true_divide
tensor tensorflow.experimental.numpy.vander tensorflow.python.ops.numpy_ops.np_array_ops.vander
tensor tensorflow.experimental.numpy.var tensorflow.python.ops.numpy_ops.np_array_ops.var
tensor tensorflow.experimental.numpy.vdot tensorflow.python.ops.numpy_ops.np_math_ops.vdot
tensor tensorflow.experimental.numpy.vstack tensorflow.python.ops.numpy_ops.np_array_ops.vstack
tensor tensorflow.experimental.numpy.where tensorflow.python.ops.numpy_ops.np_array_ops.where
tensor tensorflow.experimental.numpy.zeros tensorflow.python.ops.numpy_ops.np_array_ops.zeros
tensor tensorflow.experimental.numpy.zeros_like tensorflow.python.ops.numpy_ops.np_array_ops.zeros_like
- tensorflow.experimental.register_filesystem_plugin tensorflow.python.framework.load_library.register_filesystem_plugin
- tensorflow.experimental.tensorrt.ConversionParams tensorflow.python.compiler.tensorrt.trt_convert.TrtConversionParams
- tensorflow.experimental.tensorrt.Converter tensorflow.python.compiler.tensorrt.trt_convert.TrtGraphConverterV2
- tensorflow.experimental.unregister_dispatch_for tensorflow.python.util.dispatch.unregister_dispatch_for
tensor@4 tensorflow.extract_volume_patches tensorflow.python.ops.array_ops.ExtractVolumePatches tensorflow.python.ops.array_ops.extract_volume_patches tensorflow.python.ops.gen_array_ops.ExtractVolumePatches tensorflow.python.ops.gen_array_ops.extract_volume_patches tensorflow.python.ops.standard_ops.ExtractVolumePatches tensorflow.python.ops.standard_ops.extract_volume_patches tensorflow.raw_ops.ExtractVolumePatches
tensor@4 tensorflow.eye tensorflow.linalg.eye tensorflow.python.ops.linalg.linalg_impl.eye tensorflow.python.ops.linalg_ops.eye tensorflow.python.ops.standard_ops.eye
- tensorflow.feature_column.bucketized_column tensorflow.python.feature_column.feature_column_lib.bucketized_column tensorflow.python.feature_column.feature_column_v2.bucketized_column
- tensorflow.feature_column.categorical_column_with_hash_bucket tensorflow.python.feature_column.feature_column_lib.categorical_column_with_hash_bucket tensorflow.python.feature_column.feature_column_v2.categorical_column_with_hash_bucket
- tensorflow.feature_column.categorical_column_with_identity tensorflow.python.feature_column.feature_column_lib.categorical_column_with_identity tensorflow.python.feature_column.feature_column_v2.categorical_column_with_identity
- tensorflow.feature_column.categorical_column_with_vocabulary_file tensorflow.python.feature_column.feature_column_lib.categorical_column_with_vocabulary_file_v2 tensorflow.python.feature_column.feature_column_v2.categorical_column_with_vocabulary_file_v2
- tensorflow.feature_column.categorical_column_with_vocabulary_list tensorflow.python.feature_column.feature_column_lib.categorical_column_with_vocabulary_list tensorflow.python.feature_column.feature_column_v2.categorical_column_with_vocabulary_list
- tensorflow.feature_column.crossed_column tensorflow.python.feature_column.feature_column_lib.crossed_column tensorflow.python.feature_column.feature_column_v2.crossed_column
- tensorflow.feature_column.embedding_column tensorflow.python.feature_column.feature_column_lib.embedding_column tensorflow.python.feature_column.feature_column_v2.embedding_column
- tensorflow.feature_column.indicator_column tensorflow.python.feature_column.feature_column_lib.indicator_column tensorflow.python.feature_column.feature_column_v2.indicator_column
- tensorflow.feature_column.make_parse_example_spec tensorflow.python.feature_column.feature_column_lib.make_parse_example_spec_v2 tensorflow.python.feature_column.feature_column_v2.make_parse_example_spec_v2
- tensorflow.feature_column.numeric_column tensorflow.python.feature_column.feature_column_lib.numeric_column tensorflow.python.feature_column.feature_column_v2.numeric_column
- tensorflow.feature_column.sequence_categorical_column_with_hash_bucket tensorflow.python.feature_column.feature_column_lib.sequence_categorical_column_with_hash_bucket tensorflow.python.feature_column.sequence_feature_column.sequence_categorical_column_with_hash_bucket
- tensorflow.feature_column.sequence_categorical_column_with_identity tensorflow.python.feature_column.feature_column_lib.sequence_categorical_column_with_identity tensorflow.python.feature_column.sequence_feature_column.sequence_categorical_column_with_identity
- tensorflow.feature_column.sequence_categorical_column_with_vocabulary_file tensorflow.python.feature_column.feature_column_lib.sequence_categorical_column_with_vocabulary_file tensorflow.python.feature_column.sequence_feature_column.sequence_categorical_column_with_vocabulary_file
- tensorflow.feature_column.sequence_categorical_column_with_vocabulary_list tensorflow.python.feature_column.feature_column_lib.sequence_categorical_column_with_vocabulary_list tensorflow.python.feature_column.sequence_feature_column.sequence_categorical_column_with_vocabulary_list
- tensorflow.feature_column.sequence_numeric_column tensorflow.python.feature_column.feature_column_lib.sequence_numeric_column tensorflow.python.feature_column.sequence_feature_column.sequence_numeric_column
- tensorflow.feature_column.shared_embeddings tensorflow.python.feature_column.feature_column_lib.shared_embedding_columns_v2 tensorflow.python.feature_column.feature_column_v2.shared_embedding_columns_v2
- tensorflow.feature_column.weighted_categorical_column tensorflow.python.feature_column.feature_column_lib.weighted_categorical_column tensorflow.python.feature_column.feature_column_v2.weighted_categorical_column
tensor@3 tensorflow.fftnd tensorflow.python.ops.gen_spectral_ops.FFTND tensorflow.python.ops.gen_spectral_ops.fftnd tensorflow.raw_ops.FFTND
tensor@2 tensorflow.fill tensorflow.python.ops.array_ops.fill tensorflow.python.ops.standard_ops.fill
tensor_list@2 tensorflow.fingerprint tensorflow.python.ops.array_ops.fingerprint tensorflow.python.ops.standard_ops.fingerprint
tensor@6 tensorflow.foldl tensorflow.python.ops.functional_ops.foldl_v2 tensorflow.python.ops.standard_ops.foldl_v2
tensor@6 tensorflow.foldr tensorflow.python.ops.functional_ops.foldr_v2 tensorflow.python.ops.standard_ops.foldr_v2
- tensorflow.function tensorflow.python.eager.def_function.function tensorflow.python.eager.polymorphic_function.polymorphic_function.function
tensor@5 tensorflow.gather tensorflow.python.ops.array_ops.gather_v2 tensorflow.python.ops.standard_ops.gather_v2
tensor@3 tensorflow.gather_nd tensorflow.python.ops.array_ops.gather_nd_v2 tensorflow.python.ops.standard_ops.gather_nd_v2
- tensorflow.get_current_name_scope tensorflow.python.framework.ops.get_current_name_scope
- tensorflow.get_logger tensorflow.python.platform.tf_logging.get_logger
- tensorflow.get_static_value tensorflow.python.framework.tensor_util.constant_value
- tensorflow.grad_pass_through tensorflow.python.ops.custom_gradient.grad_pass_through
tensor_list@3 tensorflow.gradients tensorflow.python.ops.gradients_impl.gradients_v2
tensor_list@3 tensorflow.graph_util.import_graph_def tensorflow.import_graph_def tensorflow.python.framework.importer.import_graph_def
- tensorflow.group tensorflow.python.ops.control_flow_grad.group tensorflow.python.ops.control_flow_ops.group tensorflow.python.ops.standard_ops.group
tensor@1 tensorflow.guarantee_const tensorflow.python.ops.array_ops.guarantee_const tensorflow.python.ops.standard_ops.guarantee_const
-@4 tensorflow.hessians tensorflow.python.ops.gradients_impl.HessiansV2
tensor@4 tensorflow.histogram_fixed_width tensorflow.python.ops.histogram_ops.histogram_fixed_width tensorflow.python.ops.standard_ops.histogram_fixed_width
tensor@4 tensorflow.histogram_fixed_width_bins tensorflow.python.ops.histogram_ops.histogram_fixed_width_bins tensorflow.python.ops.standard_ops.histogram_fixed_width_bins
tensor@1 tensorflow.identity tensorflow.python.ops.array_ops.identity
tensor_list@1 tensorflow.identity_n tensorflow.python.ops.array_ops.IdentityN tensorflow.python.ops.array_ops.identity_n tensorflow.python.ops.gen_array_ops.IdentityN tensorflow.python.ops.gen_array_ops.identity_n tensorflow.python.ops.standard_ops.IdentityN tensorflow.python.ops.standard_ops.identity_n tensorflow.raw_ops.IdentityN
tensor@3 tensorflow.ifftnd tensorflow.python.ops.gen_spectral_ops.IFFTND tensorflow.python.ops.gen_spectral_ops.ifftnd tensorflow.raw_ops.IFFTND
- tensorflow.image.ResizeMethod tensorflow.python.ops.image_ops.ResizeMethod tensorflow.python.ops.image_ops_impl.ResizeMethod
tensor tensorflow.image.adjust_brightness tensorflow.python.ops.image_ops_impl.adjust_brightness
tensor tensorflow.image.adjust_contrast tensorflow.python.ops.image_ops.adjust_contrast tensorflow.python.ops.image_ops_impl.adjust_contrast
tensor tensorflow.image.adjust_gamma tensorflow.python.ops.image_ops_impl.adjust_gamma
tensor@2 tensorflow.image.adjust_hue tensorflow.python.ops.image_ops.adjust_hue tensorflow.python.ops.image_ops_impl.adjust_hue
tensor@3 tensorflow.image.adjust_jpeg_quality tensorflow.python.ops.image_ops.adjust_jpeg_quality tensorflow.python.ops.image_ops_impl.adjust_jpeg_quality
tensor@2 tensorflow.image.adjust_saturation tensorflow.python.ops.image_ops.adjust_saturation tensorflow.python.ops.image_ops_impl.adjust_saturation
tensor tensorflow.image.central_crop tensorflow.python.ops.image_ops.central_crop tensorflow.python.ops.image_ops_impl.central_crop
tensor_list@8 tensorflow.image.combined_non_max_suppression tensorflow.python.ops.image_ops.combined_non_max_suppression tensorflow.python.ops.image_ops_impl.combined_non_max_suppression
tensor@3 tensorflow.image.convert_image_dtype tensorflow.python.ops.image_ops.convert_image_dtype tensorflow.python.ops.image_ops_impl.convert_image_dtype
tensor@6 tensorflow.image.crop_and_resize tensorflow.python.ops.image_ops.crop_and_resize_v2 tensorflow.python.ops.image_ops_impl.crop_and_resize_v2
tensor tensorflow.image.crop_to_bounding_box tensorflow.python.ops.image_ops.crop_to_bounding_box tensorflow.python.ops.image_ops_impl.crop_to_bounding_box
tensor@3 tensorflow.image.draw_bounding_boxes tensorflow.python.ops.image_ops.draw_bounding_boxes_v2 tensorflow.python.ops.image_ops_impl.draw_bounding_boxes_v2
tensor@6 tensorflow.image.extract_glimpse tensorflow.python.ops.image_ops.extract_glimpse_v2 tensorflow.python.ops.image_ops_impl.extract_glimpse_v2
tensor@5 tensorflow.image.extract_patches tensorflow.python.ops.array_ops.extract_image_patches_v2 tensorflow.python.ops.standard_ops.extract_image_patches_v2
tensor tensorflow.image.flip_left_right tensorflow.python.ops.image_ops.flip_left_right tensorflow.python.ops.image_ops_impl.flip_left_right
tensor tensorflow.image.flip_up_down tensorflow.python.ops.image_ops.flip_up_down tensorflow.python.ops.image_ops_impl.flip_up_down
tensor_list@8 tensorflow.image.generate_bounding_box_proposals tensorflow.python.ops.image_ops.generate_bounding_box_proposals tensorflow.python.ops.image_ops_impl.generate_bounding_box_proposals
tensor@1 tensorflow.image.grayscale_to_rgb tensorflow.python.ops.image_ops.grayscale_to_rgb tensorflow.python.ops.image_ops_impl.grayscale_to_rgb
tensor_list tensorflow.image.image_gradients tensorflow.python.ops.image_ops.image_gradients tensorflow.python.ops.image_ops_impl.image_gradients
tensor@5 tensorflow.image.non_max_suppression tensorflow.python.ops.image_ops.non_max_suppression tensorflow.python.ops.image_ops_impl.non_max_suppression
tensor@5 tensorflow.image.non_max_suppression_overlaps tensorflow.python.ops.image_ops.non_max_suppression_with_overlaps tensorflow.python.ops.image_ops_impl.non_max_suppression_with_overlaps
tensor_list@6 tensorflow.image.non_max_suppression_padded tensorflow.python.ops.image_ops.non_max_suppression_padded tensorflow.python.ops.image_ops_impl.non_max_suppression_padded
tensor_list@6 tensorflow.image.non_max_suppression_with_scores tensorflow.python.ops.image_ops.non_max_suppression_with_scores tensorflow.python.ops.image_ops_impl.non_max_suppression_with_scores
tensor tensorflow.image.pad_to_bounding_box tensorflow.python.ops.image_ops.pad_to_bounding_box tensorflow.python.ops.image_ops_impl.pad_to_bounding_box
tensor tensorflow.image.per_image_standardization tensorflow.python.ops.image_ops.per_image_standardization tensorflow.python.ops.image_ops_impl.per_image_standardization
tensor@3 tensorflow.image.psnr tensorflow.python.ops.image_ops.psnr tensorflow.python.ops.image_ops_impl.psnr
tensor tensorflow.image.random_brightness tensorflow.python.ops.image_ops_impl.random_brightness
tensor tensorflow.image.random_contrast tensorflow.python.ops.image_ops.random_contrast tensorflow.python.ops.image_ops_impl.random_contrast
tensor@3 tensorflow.image.random_crop tensorflow.compat.v1.random_crop tensorflow.python.ops.random_crop_ops.random_crop
tensor tensorflow.image.random_flip_left_right tensorflow.python.ops.image_ops.random_flip_left_right tensorflow.python.ops.image_ops_impl.random_flip_left_right
tensor tensorflow.image.random_flip_up_down tensorflow.python.ops.image_ops.random_flip_up_down tensorflow.python.ops.image_ops_impl.random_flip_up_down
tensor tensorflow.image.random_hue tensorflow.python.ops.image_ops.random_hue tensorflow.python.ops.image_ops_impl.random_hue
tensor tensorflow.image.random_jpeg_quality tensorflow.python.ops.image_ops.random_jpeg_quality tensorflow.python.ops.image_ops_impl.random_jpeg_quality
tensor tensorflow.image.random_saturation tensorflow.python.ops.image_ops.random_saturation tensorflow.python.ops.image_ops_impl.random_saturation
tensor@5 tensorflow.image.resize tensorflow.python.ops.image_ops.resize_images_v2 tensorflow.python.ops.image_ops_impl.resize_images_v2
tensor tensorflow.image.resize_with_crop_or_pad tensorflow.compat.v1.image.resize_image_with_crop_or_pad tensorflow.python.ops.image_ops.resize_image_with_crop_or_pad tensorflow.python.ops.image_ops_impl.resize_image_with_crop_or_pad
tensor tensorflow.image.resize_with_pad tensorflow.python.ops.image_ops.resize_image_with_pad_v2 tensorflow.python.ops.image_ops_impl.resize_image_with_pad_v2
tensor@1 tensorflow.image.rgb_to_grayscale tensorflow.python.ops.image_ops.rgb_to_grayscale tensorflow.python.ops.image_ops_impl.rgb_to_grayscale
tensor tensorflow.image.rgb_to_yiq tensorflow.python.ops.image_ops.rgb_to_yiq tensorflow.python.ops.image_ops_impl.rgb_to_yiq
tensor tensorflow.image.rgb_to_yuv tensorflow.python.ops.image_ops.rgb_to_yuv tensorflow.python.ops.image_ops_impl.rgb_to_yuv
tensor@2 tensorflow.image.rot90 tensorflow.python.ops.image_ops.rot90 tensorflow.python.ops.image_ops_impl.rot90
tensor_list@8 tensorflow.image.sample_distorted_bounding_box tensorflow.python.ops.image_ops.sample_distorted_bounding_box_v2 tensorflow.python.ops.image_ops_impl.sample_distorted_bounding_box_v2
tensor tensorflow.image.sobel_edges tensorflow.python.ops.image_ops.sobel_edges tensorflow.python.ops.image_ops_impl.sobel_edges
tensor tensorflow.image.ssim tensorflow.python.ops.image_ops.ssim tensorflow.python.ops.image_ops_impl.ssim
tensor tensorflow.image.ssim_multiscale tensorflow.python.ops.image_ops.ssim_multiscale tensorflow.python.ops.image_ops_impl.ssim_multiscale
tensor tensorflow.image.stateless_random_brightness tensorflow.python.ops.image_ops_impl.stateless_random_brightness
tensor tensorflow.image.stateless_random_contrast tensorflow.python.ops.image_ops.stateless_random_contrast tensorflow.python.ops.image_ops_impl.stateless_random_contrast
tensor@3 tensorflow.image.stateless_random_crop tensorflow.python.ops.random_crop_ops.stateless_random_crop
tensor tensorflow.image.stateless_random_flip_left_right tensorflow.python.ops.image_ops.stateless_random_flip_left_right tensorflow.python.ops.image_ops_impl.stateless_random_flip_left_right
tensor tensorflow.image.stateless_random_flip_up_down tensorflow.python.ops.image_ops.stateless_random_flip_up_down tensorflow.python.ops.image_ops_impl.stateless_random_flip_up_down
tensor tensorflow.image.stateless_random_hue tensorflow.python.ops.image_ops.stateless_random_hue tensorflow.python.ops.image_ops_impl.stateless_random_hue
tensor tensorflow.image.stateless_random_jpeg_quality tensorflow.python.ops.image_ops.stateless_random_jpeg_quality tensorflow.python.ops.image_ops_impl.stateless_random_jpeg_quality
tensor tensorflow.image.stateless_random_saturation tensorflow.python.ops.image_ops.stateless_random_saturation tensorflow.python.ops.image_ops_impl.stateless_random_saturation
tensor_list@8 tensorflow.image.stateless_sample_distorted_bounding_box tensorflow.python.ops.image_ops.stateless_sample_distorted_bounding_box tensorflow.python.ops.image_ops_impl.stateless_sample_distorted_bounding_box
tensor@1 tensorflow.image.total_variation tensorflow.python.ops.image_ops.total_variation tensorflow.python.ops.image_ops_impl.total_variation
tensor@1 tensorflow.image.transpose tensorflow.compat.v1.image.transpose_image tensorflow.python.ops.image_ops.transpose tensorflow.python.ops.image_ops_impl.transpose
tensor tensorflow.image.yiq_to_rgb tensorflow.python.ops.image_ops.yiq_to_rgb tensorflow.python.ops.image_ops_impl.yiq_to_rgb
tensor tensorflow.image.yuv_to_rgb tensorflow.python.ops.image_ops.yuv_to_rgb tensorflow.python.ops.image_ops_impl.yuv_to_rgb
- tensorflow.init_scope tensorflow.python.framework.ops.init_scope
- tensorflow.inside_function tensorflow.python.framework.ops.inside_function
- tensorflow.io.FixedLenFeature tensorflow.compat.v1.FixedLenFeature tensorflow.python.ops.parsing_config.FixedLenFeature tensorflow.python.ops.parsing_ops.FixedLenFeature tensorflow.python.ops.standard_ops.FixedLenFeature
- tensorflow.io.FixedLenSequenceFeature tensorflow.compat.v1.FixedLenSequenceFeature tensorflow.python.ops.parsing_config.FixedLenSequenceFeature tensorflow.python.ops.parsing_ops.FixedLenSequenceFeature tensorflow.python.ops.standard_ops.FixedLenSequenceFeature
- tensorflow.io.RaggedFeature tensorflow.python.ops.parsing_config.RaggedFeature tensorflow.python.ops.parsing_ops.RaggedFeature tensorflow.python.ops.standard_ops.RaggedFeature
- tensorflow.io.SparseFeature tensorflow.compat.v1.SparseFeature tensorflow.python.ops.parsing_config.SparseFeature tensorflow.python.ops.parsing_ops.SparseFeature tensorflow.python.ops.standard_ops.SparseFeature
- tensorflow.io.TFRecordOptions tensorflow.compat.v1.python_io.TFRecordOptions tensorflow.python.lib.io.python_io.TFRecordOptions tensorflow.python.lib.io.tf_record.TFRecordOptions
- tensorflow.io.TFRecordWriter tensorflow.compat.v1.python_io.TFRecordWriter tensorflow.python.lib.io.python_io.TFRecordWriter tensorflow.python.lib.io.tf_record.TFRecordWriter
- tensorflow.io.VarLenFeature tensorflow.compat.v1.VarLenFeature tensorflow.python.ops.parsing_config.VarLenFeature tensorflow.python.ops.parsing_ops.VarLenFeature tensorflow.python.ops.standard_ops.VarLenFeature
tensor_list@6 tensorflow.io.decode_csv tensorflow.python.ops.parsing_ops.decode_csv_v2 tensorflow.python.ops.standard_ops.decode_csv_v2
tensor@3 tensorflow.io.decode_image tensorflow.image.decode_image tensorflow.python.ops.image_ops.decode_image tensorflow.python.ops.image_ops_impl.decode_image
tensor@1 tensorflow.io.decode_json_example tensorflow.compat.v1.decode_json_example tensorflow.python.ops.parsing_ops.decode_json_example tensorflow.python.ops.standard_ops.decode_json_example
tensor@4 tensorflow.io.decode_raw tensorflow.python.ops.parsing_ops.decode_raw tensorflow.python.ops.standard_ops.decode_raw
tensor@3 tensorflow.io.deserialize_many_sparse tensorflow.compat.v1.deserialize_many_sparse tensorflow.python.ops.sparse_ops.deserialize_many_sparse tensorflow.python.ops.standard_ops.deserialize_many_sparse
tensor@2 tensorflow.io.encode_png tensorflow.image.encode_png tensorflow.python.ops.image_ops.encode_png tensorflow.python.ops.image_ops_impl.encode_png
-@0 tensorflow.io.gfile.GFile tensorflow.compat.v1.gfile.GFile tensorflow.compat.v1.gfile.Open tensorflow.python.platform.gfile.GFile tensorflow.python.platform.gfile.Open
- tensorflow.io.gfile.copy tensorflow.python.lib.io.file_io.copy_v2
- tensorflow.io.gfile.exists tensorflow.python.lib.io.file_io.file_exists_v2
- tensorflow.io.gfile.get_registered_schemes tensorflow.python.lib.io.file_io.get_registered_schemes
- tensorflow.io.gfile.glob tensorflow.python.lib.io.file_io.get_matching_files_v2
- tensorflow.io.gfile.isdir tensorflow.python.lib.io.file_io.is_directory_v2
- tensorflow.io.gfile.join tensorflow.python.lib.io.file_io.join
- tensorflow.io.gfile.listdir tensorflow.python.lib.io.file_io.list_directory_v2
- tensorflow.io.gfile.makedirs tensorflow.python.lib.io.file_io.recursive_create_dir_v2
- tensorflow.io.gfile.mkdir tensorflow.python.lib.io.file_io.create_dir_v2
- tensorflow.io.gfile.remove tensorflow.python.lib.io.file_io.delete_file_v2
- tensorflow.io.gfile.rename tensorflow.python.lib.io.file_io.rename_v2
- tensorflow.io.gfile.rmtree tensorflow.python.lib.io.file_io.delete_recursively_v2
- tensorflow.io.gfile.stat tensorflow.python.lib.io.file_io.stat_v2
- tensorflow.io.gfile.walk tensorflow.python.lib.io.file_io.walk_v2
tensor@1 tensorflow.io.is_jpeg tensorflow.image.is_jpeg tensorflow.python.ops.image_ops.is_jpeg tensorflow.python.ops.image_ops_impl.is_jpeg
-@1 tensorflow.io.match_filenames_once tensorflow.compat.v1.train.match_filenames_once tensorflow.python.training.input.match_filenames_once tensorflow.python.training.training.match_filenames_once
tensor_dict@3 tensorflow.io.parse_example tensorflow.python.ops.parsing_ops.parse_example_v2 tensorflow.python.ops.standard_ops.parse_example_v2
tensor_list@4 tensorflow.io.parse_sequence_example tensorflow.python.ops.parsing_ops.parse_sequence_example tensorflow.python.ops.standard_ops.parse_sequence_example
tensor_dict@3 tensorflow.io.parse_single_example tensorflow.python.ops.parsing_ops.parse_single_example_v2 tensorflow.python.ops.standard_ops.parse_single_example_v2
tensor_list@4 tensorflow.io.parse_single_sequence_example tensorflow.compat.v1.parse_single_sequence_example tensorflow.python.ops.parsing_ops.parse_single_sequence_example tensorflow.python.ops.standard_ops.parse_single_sequence_example
tensor@1 tensorflow.io.read_file tensorflow.compat.v1.read_file tensorflow.python.ops.io_ops.read_file tensorflow.python.ops.standard_ops.read_file
tensor@2 tensorflow.io.serialize_many_sparse tensorflow.python.ops.sparse_ops.serialize_many_sparse_v2 tensorflow.python.ops.standard_ops.serialize_many_sparse_v2
tensor@2 tensorflow.io.serialize_sparse tensorflow.python.ops.sparse_ops.serialize_sparse_v2 tensorflow.python.ops.standard_ops.serialize_sparse_v2
tensor@1 tensorflow.io.serialize_tensor tensorflow.compat.v1.serialize_tensor tensorflow.python.ops.io_ops.serialize_tensor
-@2 tensorflow.io.write_graph tensorflow.compat.v1.train.write_graph tensorflow.python.framework.graph_io.write_graph tensorflow.python.training.training.write_graph tensorflow.python.training.training_util.write_graph
tensor@4 tensorflow.irfftnd tensorflow.python.ops.gen_spectral_ops.IRFFTND tensorflow.python.ops.gen_spectral_ops.irfftnd tensorflow.raw_ops.IRFFTND
- tensorflow.is_symbolic_tensor tensorflow.python.framework.ops.is_symbolic_tensor
- tensorflow.is_tensor tensorflow.python.framework.tensor_util.is_tensor tensorflow.python.framework.tensor_util.is_tf_type
-@6 tensorflow.linalg.LinearOperator tensorflow.python.ops.linalg.linear_operator.LinearOperator
-@5 tensorflow.linalg.LinearOperatorAdjoint tensorflow.python.ops.linalg.linear_operator_adjoint.LinearOperatorAdjoint
-@5 tensorflow.linalg.LinearOperatorBlockDiag tensorflow.python.ops.linalg.linear_operator_block_diag.LinearOperatorBlockDiag
-@5 tensorflow.linalg.LinearOperatorBlockLowerTriangular tensorflow.python.ops.linalg.linear_operator_block_lower_triangular.LinearOperatorBlockLowerTriangular
-@6 tensorflow.linalg.LinearOperatorCirculant tensorflow.python.ops.linalg.linear_operator_circulant.LinearOperatorCirculant
-@6 tensorflow.linalg.LinearOperatorCirculant2D tensorflow.python.ops.linalg.linear_operator_circulant.LinearOperatorCirculant2D
-@6 tensorflow.linalg.LinearOperatorCirculant3D tensorflow.python.ops.linalg.linear_operator_circulant.LinearOperatorCirculant3D
-@5 tensorflow.linalg.LinearOperatorComposition tensorflow.python.ops.linalg.linear_operator_composition.LinearOperatorComposition
-@5 tensorflow.linalg.LinearOperatorDiag tensorflow.python.ops.linalg.linear_operator_diag.LinearOperatorDiag
-@5 tensorflow.linalg.LinearOperatorFullMatrix tensorflow.python.ops.linalg.linear_operator_full_matrix.LinearOperatorFullMatrix
-@5 tensorflow.linalg.LinearOperatorHouseholder tensorflow.python.ops.linalg.linear_operator_householder.LinearOperatorHouseholder
-@8 tensorflow.linalg.LinearOperatorIdentity tensorflow.python.ops.linalg.linear_operator_identity.LinearOperatorIdentity
-@5 tensorflow.linalg.LinearOperatorInversion tensorflow.python.ops.linalg.linear_operator_inversion.LinearOperatorInversion
-@5 tensorflow.linalg.LinearOperatorKronecker tensorflow.python.ops.linalg.linear_operator_kronecker.LinearOperatorKronecker
-@9 tensorflow.linalg.LinearOperatorLowRankUpdate tensorflow.python.ops.linalg.linear_operator_low_rank_update.LinearOperatorLowRankUpdate
-@5 tensorflow.linalg.LinearOperatorLowerTriangular tensorflow.python.ops.linalg.linear_operator_lower_triangular.LinearOperatorLowerTriangular
-@6 tensorflow.linalg.LinearOperatorPermutation tensorflow.python.ops.linalg.linear_operator_permutation.LinearOperatorPermutation
-@7 tensorflow.linalg.LinearOperatorScaledIdentity tensorflow.python.ops.linalg.linear_operator_identity.LinearOperatorScaledIdentity
-@6 tensorflow.linalg.LinearOperatorToeplitz tensorflow.python.ops.linalg.linear_operator_toeplitz.LinearOperatorToeplitz
-@6 tensorflow.linalg.LinearOperatorTridiag tensorflow.python.ops.linalg.linear_operator_tridiag.LinearOperatorTridiag
-@9 tensorflow.linalg.LinearOperatorZeros tensorflow.python.ops.linalg.linear_operator_zeros.LinearOperatorZeros
tensor@1 tensorflow.linalg.adjoint tensorflow.python.ops.linalg.linalg_impl.adjoint
tensor@4 tensorflow.linalg.banded_triangular_solve tensorflow.python.ops.linalg.linalg_impl.banded_triangular_solve
tensor@2 tensorflow.linalg.cholesky_solve tensorflow.compat.v1.cholesky_solve tensorflow.python.ops.linalg.linalg_impl.cholesky_solve tensorflow.python.ops.linalg_ops.cholesky_solve tensorflow.python.ops.standard_ops.cholesky_solve
tensor@1 tensorflow.linalg.diag tensorflow.compat.v1.matrix_diag tensorflow.python.ops.array_ops.matrix_diag tensorflow.python.ops.linalg.linalg_impl.diag tensorflow.python.ops.standard_ops.matrix_diag
tensor@1 tensorflow.linalg.diag_part tensorflow.compat.v1.matrix_diag_part tensorflow.python.ops.array_ops.matrix_diag_part tensorflow.python.ops.linalg.linalg_impl.diag_part tensorflow.python.ops.standard_ops.matrix_diag_part
tensor_list@1 tensorflow.linalg.eig tensorflow.eig tensorflow.python.ops.linalg_ops.eig tensorflow.python.ops.standard_ops.eig
tensor_list@1 tensorflow.linalg.eigh tensorflow.compat.v1.self_adjoint_eig tensorflow.python.ops.linalg.linalg_impl.eigh tensorflow.python.ops.linalg_ops.self_adjoint_eig tensorflow.python.ops.standard_ops.self_adjoint_eig
tensor@6 tensorflow.linalg.eigh_tridiagonal tensorflow.python.ops.linalg.linalg_impl.eigh_tridiagonal
tensor@1 tensorflow.linalg.eigvals tensorflow.eigvals tensorflow.python.ops.linalg_ops.eigvals tensorflow.python.ops.standard_ops.eigvals
tensor@1 tensorflow.linalg.eigvalsh tensorflow.compat.v1.self_adjoint_eigvals tensorflow.python.ops.linalg.linalg_impl.eigvalsh tensorflow.python.ops.linalg_ops.self_adjoint_eigvals tensorflow.python.ops.standard_ops.self_adjoint_eigvals
tensor_list@6 tensorflow.linalg.experimental.conjugate_gradient tensorflow.python.ops.linalg.sparse.conjugate_gradient.conjugate_gradient
tensor@1 tensorflow.linalg.expm tensorflow.python.ops.linalg.linalg_impl.matrix_exponential
tensor@1 tensorflow.linalg.global_norm tensorflow.compat.v1.global_norm tensorflow.python.ops.clip_ops.global_norm tensorflow.python.ops.standard_ops.global_norm
tensor@1 tensorflow.linalg.logdet tensorflow.python.ops.linalg.linalg_impl.logdet
tensor@4 tensorflow.linalg.lstsq tensorflow.compat.v1.matrix_solve_ls tensorflow.python.ops.linalg.linalg_impl.lstsq tensorflow.python.ops.linalg_ops.matrix_solve_ls tensorflow.python.ops.standard_ops.matrix_solve_ls
tensor@3 tensorflow.linalg.lu_matrix_inverse tensorflow.python.ops.linalg.linalg_impl.lu_matrix_inverse
tensor@3 tensorflow.linalg.lu_reconstruct tensorflow.python.ops.linalg.linalg_impl.lu_reconstruct
tensor@4 tensorflow.linalg.lu_solve tensorflow.python.ops.linalg.linalg_impl.lu_solve
tensor@11 tensorflow.linalg.matmul tensorflow.matmul tensorflow.python.ops.math_ops.matmul tensorflow.python.ops.standard_ops.matmul
tensor@3 tensorflow.linalg.matrix_rank tensorflow.python.ops.linalg.linalg_impl.matrix_rank
tensor@1 tensorflow.linalg.matrix_transpose tensorflow.compat.v1.linalg.transpose tensorflow.compat.v1.matrix_transpose tensorflow.python.ops.array_ops.matrix_transpose tensorflow.python.ops.linalg.linalg_impl.transpose tensorflow.python.ops.standard_ops.matrix_transpose
tensor@6 tensorflow.linalg.matvec tensorflow.python.ops.math_ops.matvec tensorflow.python.ops.standard_ops.matvec
tensor@3 tensorflow.linalg.normalize tensorflow.python.ops.nn.normalize tensorflow.python.ops.nn_impl.normalize
tensor@3 tensorflow.linalg.pinv tensorflow.python.ops.linalg.linalg_impl.pinv
tensor@2 tensorflow.linalg.set_diag tensorflow.compat.v1.matrix_set_diag tensorflow.python.ops.array_ops.matrix_set_diag tensorflow.python.ops.linalg.linalg_impl.set_diag tensorflow.python.ops.standard_ops.matrix_set_diag
tensor@1 tensorflow.linalg.sqrtm tensorflow.matrix_square_root tensorflow.python.ops.gen_linalg_ops.MatrixSquareRoot tensorflow.python.ops.gen_linalg_ops.matrix_square_root tensorflow.python.ops.linalg.linalg_impl.sqrtm tensorflow.python.ops.linalg_ops.MatrixSquareRoot tensorflow.python.ops.linalg_ops.matrix_square_root tensorflow.python.ops.standard_ops.MatrixSquareRoot tensorflow.python.ops.standard_ops.matrix_square_root tensorflow.raw_ops.MatrixSquareRoot
tensor_list@3 tensorflow.linalg.svd tensorflow.compat.v1.svd tensorflow.python.ops.linalg.linalg_impl.svd tensorflow.python.ops.linalg_ops.svd tensorflow.python.ops.standard_ops.svd
tensor@1 tensorflow.linalg.tensor_diag_part tensorflow.compat.v1.diag_part tensorflow.python.ops.array_ops.tensor_diag_part tensorflow.python.ops.standard_ops.tensor_diag_part
tensor@1 tensorflow.linalg.trace tensorflow.compat.v1.trace tensorflow.python.ops.linalg.linalg_impl.trace tensorflow.python.ops.math_ops.trace
tensor@4 tensorflow.linalg.triangular_solve tensorflow.compat.v1.matrix_triangular_solve tensorflow.python.ops.linalg.linalg_impl.triangular_solve tensorflow.python.ops.linalg_ops.matrix_triangular_solve tensorflow.python.ops.standard_ops.matrix_triangular_solve
tensor@3 tensorflow.linalg.tridiagonal_matmul tensorflow.python.ops.linalg.linalg_impl.tridiagonal_matmul
tensor@5 tensorflow.linalg.tridiagonal_solve tensorflow.python.ops.linalg.linalg_impl.tridiagonal_solve
tensor@3 tensorflow.linspace tensorflow.compat.v1.lin_space tensorflow.python.ops.math_ops.linspace tensorflow.python.ops.math_ops.linspace_nd tensorflow.python.ops.standard_ops.linspace tensorflow.python.ops.standard_ops.linspace_nd
- tensorflow.lite.Interpreter tensorflow.lite.python.interpreter.Interpreter
- tensorflow.lite.OpsSet tensorflow.lite.python.convert.OpsSet
- tensorflow.lite.Optimize tensorflow.lite.python.lite.Optimize
- tensorflow.lite.RepresentativeDataset tensorflow.lite.python.lite.RepresentativeDataset
- tensorflow.lite.TFLiteConverter tensorflow.lite.python.lite.TFLiteConverterV2
- tensorflow.lite.TargetSpec tensorflow.lite.python.lite.TargetSpec
- tensorflow.lite.experimental.Analyzer tensorflow.lite.python.analyzer.ModelAnalyzer
- tensorflow.lite.experimental.OpResolverType tensorflow.lite.python.interpreter.OpResolverType
- tensorflow.lite.experimental.QuantizationDebugOptions tensorflow.lite.tools.optimize.debugging.python.debugger.QuantizationDebugOptions
- tensorflow.lite.experimental.QuantizationDebugger tensorflow.lite.tools.optimize.debugging.python.debugger.QuantizationDebugger
- tensorflow.lite.experimental.authoring.compatible tensorflow.lite.python.authoring.authoring.compatible
- tensorflow.lite.experimental.load_delegate tensorflow.lite.python.interpreter.load_delegate
- tensorflow.load_library tensorflow.python.framework.load_library.load_library
- tensorflow.load_op_library tensorflow.python.framework.load_library.load_op_library
-@4 tensorflow.lookup.KeyValueTensorInitializer tensorflow.python.ops.lookup_ops.KeyValueTensorInitializer
- tensorflow.lookup.StaticHashTable tensorflow.python.ops.lookup_ops.StaticHashTable
- tensorflow.lookup.StaticVocabularyTable tensorflow.python.ops.lookup_ops.StaticVocabularyTable
- tensorflow.lookup.TextFileIndex tensorflow.python.ops.lookup_ops.TextFileIndex
-@7 tensorflow.lookup.TextFileInitializer tensorflow.python.ops.lookup_ops.TextFileInitializer
- tensorflow.lookup.experimental.DenseHashTable tensorflow.python.ops.lookup_ops.DenseHashTable
- tensorflow.lookup.experimental.MutableHashTable tensorflow.python.ops.lookup_ops.MutableHashTable
- tensorflow.make_ndarray tensorflow.python.framework.tensor_util.MakeNdarray
- tensorflow.make_tensor_proto tensorflow.python.framework.tensor_util.make_tensor_proto
tensor@7 tensorflow.map_fn tensorflow.python.ops.map_fn.map_fn_v2
tensor@1 tensorflow.math.abs tensorflow.abs tensorflow.python.ops.math_ops.abs tensorflow.python.ops.standard_ops.abs
tensor@3 tensorflow.math.accumulate_n tensorflow.compat.v1.accumulate_n tensorflow.python.ops.math_ops.accumulate_n tensorflow.python.ops.standard_ops.accumulate_n
tensor@1 tensorflow.math.acos tensorflow.acos tensorflow.python.ops.math_ops.acos tensorflow.python.ops.standard_ops.acos
tensor@1 tensorflow.math.acosh tensorflow.acosh tensorflow.python.ops.gen_math_ops.Acosh tensorflow.python.ops.gen_math_ops.acosh tensorflow.python.ops.math_ops.Acosh tensorflow.python.ops.math_ops.acosh tensorflow.python.ops.standard_ops.Acosh tensorflow.python.ops.standard_ops.acosh tensorflow.raw_ops.Acosh
tensor@2 tensorflow.math.add tensorflow.add tensorflow.python.ops.math_ops.add tensorflow.python.ops.standard_ops.add
tensor@1 tensorflow.math.add_n tensorflow.add_n tensorflow.python.ops.math_ops.add_n tensorflow.python.ops.standard_ops.add_n
tensor@1 tensorflow.math.angle tensorflow.compat.v1.angle tensorflow.python.ops.math_ops.angle tensorflow.python.ops.standard_ops.angle
tensor_list@6 tensorflow.math.approx_max_k tensorflow.nn.approx_max_k tensorflow.python.ops.nn.approx_max_k tensorflow.python.ops.nn_ops.approx_max_k
tensor_list@6 tensorflow.math.approx_min_k tensorflow.nn.approx_min_k tensorflow.python.ops.nn.approx_min_k tensorflow.python.ops.nn_ops.approx_min_k
tensor@3 tensorflow.math.argmax tensorflow.argmax tensorflow.python.ops.math_ops.argmax_v2 tensorflow.python.ops.standard_ops.argmax_v2
tensor@3 tensorflow.math.argmin tensorflow.argmin tensorflow.python.ops.math_ops.argmin_v2 tensorflow.python.ops.standard_ops.argmin_v2
tensor@1 tensorflow.math.asin tensorflow.asin tensorflow.python.ops.gen_math_ops.Asin tensorflow.python.ops.gen_math_ops.asin tensorflow.python.ops.math_ops.Asin tensorflow.python.ops.math_ops.asin tensorflow.python.ops.standard_ops.Asin tensorflow.python.ops.standard_ops.asin tensorflow.raw_ops.Asin
tensor@1 tensorflow.math.asinh tensorflow.asinh tensorflow.python.ops.gen_math_ops.Asinh tensorflow.python.ops.gen_math_ops.asinh tensorflow.python.ops.math_ops.Asinh tensorflow.python.ops.math_ops.asinh tensorflow.python.ops.standard_ops.Asinh tensorflow.python.ops.standard_ops.asinh tensorflow.raw_ops.Asinh
tensor@1 tensorflow.math.atan tensorflow.atan tensorflow.python.ops.gen_math_ops.Atan tensorflow.python.ops.gen_math_ops.atan tensorflow.python.ops.math_ops.Atan tensorflow.python.ops.math_ops.atan tensorflow.python.ops.standard_ops.Atan tensorflow.python.ops.standard_ops.atan tensorflow.raw_ops.Atan
tensor@2 tensorflow.math.atan2 tensorflow.atan2 tensorflow.python.ops.gen_math_ops.Atan2 tensorflow.python.ops.gen_math_ops.atan2 tensorflow.python.ops.math_ops.Atan2 tensorflow.python.ops.math_ops.atan2 tensorflow.python.ops.standard_ops.Atan2 tensorflow.python.ops.standard_ops.atan2 tensorflow.raw_ops.Atan2
tensor@1 tensorflow.math.atanh tensorflow.atanh tensorflow.python.ops.gen_math_ops.Atanh tensorflow.python.ops.gen_math_ops.atanh tensorflow.python.ops.math_ops.Atanh tensorflow.python.ops.math_ops.atanh tensorflow.python.ops.standard_ops.Atanh tensorflow.python.ops.standard_ops.atanh tensorflow.raw_ops.Atanh
tensor@1 tensorflow.math.bessel_i0 tensorflow.math.special.bessel_i0 tensorflow.python.ops.special_math_ops.bessel_i0 tensorflow.python.ops.standard_ops.bessel_i0
tensor@1 tensorflow.math.bessel_i0e tensorflow.math.special.bessel_i0e tensorflow.python.ops.special_math_ops.bessel_i0e tensorflow.python.ops.standard_ops.bessel_i0e
tensor@1 tensorflow.math.bessel_i1 tensorflow.math.special.bessel_i1 tensorflow.python.ops.special_math_ops.bessel_i1 tensorflow.python.ops.standard_ops.bessel_i1
tensor@1 tensorflow.math.bessel_i1e tensorflow.math.special.bessel_i1e tensorflow.python.ops.sparse_ops.unary_op tensorflow.python.ops.special_math_ops.bessel_i1e tensorflow.python.ops.standard_ops.bessel_i1e tensorflow.python.ops.standard_ops.unary_op
tensor@5 tensorflow.math.bincount tensorflow.python.ops.bincount_ops.bincount
tensor@1 tensorflow.math.ceil tensorflow.compat.v1.ceil tensorflow.python.ops.math_ops.ceil tensorflow.python.ops.standard_ops.ceil
tensor@5 tensorflow.math.confusion_matrix tensorflow.python.ops.confusion_matrix.confusion_matrix tensorflow.python.ops.standard_ops.confusion_matrix
tensor@1 tensorflow.math.conj tensorflow.compat.v1.conj tensorflow.python.ops.math_ops.conj tensorflow.python.ops.standard_ops.conj
tensor@1 tensorflow.math.cos tensorflow.cos tensorflow.python.ops.gen_math_ops.Cos tensorflow.python.ops.gen_math_ops.cos tensorflow.python.ops.math_ops.Cos tensorflow.python.ops.math_ops.cos tensorflow.python.ops.standard_ops.Cos tensorflow.python.ops.standard_ops.cos tensorflow.raw_ops.Cos
tensor@1 tensorflow.math.cosh tensorflow.cosh tensorflow.python.ops.gen_math_ops.Cosh tensorflow.python.ops.gen_math_ops.cosh tensorflow.python.ops.math_ops.Cosh tensorflow.python.ops.math_ops.cosh tensorflow.python.ops.standard_ops.Cosh tensorflow.python.ops.standard_ops.cosh tensorflow.raw_ops.Cosh
tensor@4 tensorflow.math.count_nonzero tensorflow.python.ops.math_ops.count_nonzero_v2 tensorflow.python.ops.standard_ops.count_nonzero_v2
tensor@4 tensorflow.math.cumprod tensorflow.compat.v1.cumprod tensorflow.python.ops.math_ops.cumprod tensorflow.python.ops.standard_ops.cumprod
tensor@4 tensorflow.math.cumsum tensorflow.cumsum tensorflow.python.ops.math_ops.cumsum tensorflow.python.ops.standard_ops.cumsum
tensor@4 tensorflow.math.cumulative_logsumexp tensorflow.python.ops.math_ops.cumulative_logsumexp tensorflow.python.ops.standard_ops.cumulative_logsumexp
tensor@2 tensorflow.math.divide tensorflow.divide tensorflow.python.ops.math_ops.divide tensorflow.python.ops.standard_ops.divide
tensor@2 tensorflow.math.divide_no_nan tensorflow.compat.v1.div_no_nan tensorflow.python.ops.math_ops.div_no_nan tensorflow.python.ops.standard_ops.div_no_nan
tensor@2 tensorflow.math.equal tensorflow.equal tensorflow.python.ops.math_ops.equal tensorflow.python.ops.standard_ops.equal
tensor@1 tensorflow.math.erfcinv tensorflow.python.ops.math_ops.erfcinv tensorflow.python.ops.standard_ops.erfcinv
tensor@1 tensorflow.math.erfinv tensorflow.python.ops.math_ops.erfinv tensorflow.python.ops.standard_ops.erfinv
tensor@1 tensorflow.math.exp tensorflow.exp tensorflow.python.ops.math_ops.exp tensorflow.python.ops.standard_ops.exp
tensor@1 tensorflow.math.floor tensorflow.floor tensorflow.python.ops.math_ops.floor tensorflow.python.ops.standard_ops.floor
tensor@2 tensorflow.math.floordiv tensorflow.compat.v1.floordiv tensorflow.python.ops.math_ops.floordiv tensorflow.python.ops.standard_ops.floordiv
tensor@2 tensorflow.math.greater tensorflow.greater tensorflow.python.ops.gen_math_ops.Greater tensorflow.python.ops.gen_math_ops.greater tensorflow.python.ops.math_ops.Greater tensorflow.python.ops.math_ops.greater tensorflow.python.ops.standard_ops.Greater tensorflow.python.ops.standard_ops.greater tensorflow.raw_ops.Greater
tensor@2 tensorflow.math.greater_equal tensorflow.greater_equal tensorflow.python.ops.gen_math_ops.GreaterEqual tensorflow.python.ops.gen_math_ops.greater_equal tensorflow.python.ops.math_ops.GreaterEqual tensorflow.python.ops.math_ops.greater_equal tensorflow.python.ops.standard_ops.GreaterEqual tensorflow.python.ops.standard_ops.greater_equal tensorflow.raw_ops.GreaterEqual
tensor@1 tensorflow.math.imag tensorflow.compat.v1.imag tensorflow.python.ops.math_ops.imag tensorflow.python.ops.standard_ops.imag
tensor@3 tensorflow.math.in_top_k tensorflow.nn.in_top_k tensorflow.python.ops.nn.in_top_k_v2 tensorflow.python.ops.nn_ops.in_top_k_v2
tensor@1 tensorflow.math.is_non_decreasing tensorflow.compat.v1.debugging.is_non_decreasing tensorflow.compat.v1.is_non_decreasing tensorflow.python.ops.check_ops.is_non_decreasing tensorflow.python.ops.standard_ops.is_non_decreasing
tensor@1 tensorflow.math.is_strictly_increasing tensorflow.compat.v1.debugging.is_strictly_increasing tensorflow.compat.v1.is_strictly_increasing tensorflow.python.ops.check_ops.is_strictly_increasing tensorflow.python.ops.standard_ops.is_strictly_increasing
tensor@3 tensorflow.math.l2_normalize tensorflow.linalg.l2_normalize tensorflow.nn.l2_normalize tensorflow.python.ops.nn.l2_normalize tensorflow.python.ops.nn_impl.l2_normalize
tensor@1 tensorflow.math.lbeta tensorflow.compat.v1.lbeta tensorflow.python.ops.special_math_ops.lbeta tensorflow.python.ops.standard_ops.lbeta
tensor@2 tensorflow.math.less tensorflow.less tensorflow.python.ops.gen_math_ops.Less tensorflow.python.ops.gen_math_ops.less tensorflow.python.ops.math_ops.Less tensorflow.python.ops.math_ops.less tensorflow.python.ops.standard_ops.Less tensorflow.python.ops.standard_ops.less tensorflow.raw_ops.Less
tensor@2 tensorflow.math.less_equal tensorflow.less_equal tensorflow.python.ops.gen_math_ops.LessEqual tensorflow.python.ops.gen_math_ops.less_equal tensorflow.python.ops.math_ops.LessEqual tensorflow.python.ops.math_ops.less_equal tensorflow.python.ops.standard_ops.LessEqual tensorflow.python.ops.standard_ops.less_equal tensorflow.raw_ops.LessEqual
tensor@1 tensorflow.math.log_sigmoid tensorflow.compat.v1.log_sigmoid tensorflow.python.ops.math_ops.log_sigmoid tensorflow.python.ops.standard_ops.log_sigmoid
tensor@2 tensorflow.math.logical_and tensorflow.logical_and tensorflow.python.ops.gen_math_ops.LogicalAnd tensorflow.python.ops.gen_math_ops.logical_and tensorflow.python.ops.math_ops.LogicalAnd tensorflow.python.ops.math_ops.logical_and tensorflow.python.ops.standard_ops.LogicalAnd tensorflow.python.ops.standard_ops.logical_and tensorflow.raw_ops.LogicalAnd
tensor@1 tensorflow.math.logical_not tensorflow.logical_not tensorflow.python.ops.gen_math_ops.LogicalNot tensorflow.python.ops.gen_math_ops.logical_not tensorflow.python.ops.math_ops.LogicalNot tensorflow.python.ops.math_ops.logical_not tensorflow.python.ops.standard_ops.LogicalNot tensorflow.python.ops.standard_ops.logical_not tensorflow.raw_ops.LogicalNot
tensor@2 tensorflow.math.logical_or tensorflow.logical_or tensorflow.python.ops.gen_math_ops.LogicalOr tensorflow.python.ops.gen_math_ops.logical_or tensorflow.python.ops.math_ops.LogicalOr tensorflow.python.ops.math_ops.logical_or tensorflow.python.ops.standard_ops.LogicalOr tensorflow.python.ops.standard_ops.logical_or tensorflow.raw_ops.LogicalOr
tensor@2 tensorflow.math.logical_xor tensorflow.compat.v1.logical_xor tensorflow.python.ops.math_ops.logical_xor tensorflow.python.ops.standard_ops.logical_xor
tensor@2 tensorflow.math.maximum tensorflow.maximum tensorflow.python.ops.gen_math_ops.Maximum tensorflow.python.ops.gen_math_ops.maximum tensorflow.python.ops.math_ops.Maximum tensorflow.python.ops.standard_ops.Maximum tensorflow.python.ops.standard_ops.maximum tensorflow.raw_ops.Maximum
tensor@2 tensorflow.math.minimum tensorflow.minimum tensorflow.python.ops.gen_math_ops.Minimum tensorflow.python.ops.gen_math_ops.minimum tensorflow.python.ops.math_ops.Minimum tensorflow.python.ops.standard_ops.Minimum tensorflow.python.ops.standard_ops.minimum tensorflow.raw_ops.Minimum
tensor@2 tensorflow.math.multiply tensorflow.multiply tensorflow.python.ops.math_ops.multiply tensorflow.python.ops.standard_ops.multiply
tensor@2 tensorflow.math.multiply_no_nan tensorflow.python.ops.math_ops.multiply_no_nan tensorflow.python.ops.standard_ops.multiply_no_nan
tensor@1 tensorflow.math.ndtri tensorflow.python.ops.math_ops.ndtri tensorflow.python.ops.standard_ops.ndtri
tensor@1 tensorflow.math.negative tensorflow.negative tensorflow.python.ops.gen_math_ops.Neg tensorflow.python.ops.gen_math_ops.neg tensorflow.python.ops.math_ops.Neg tensorflow.python.ops.math_ops.neg tensorflow.python.ops.math_ops.negative tensorflow.python.ops.standard_ops.Neg tensorflow.python.ops.standard_ops.neg tensorflow.python.ops.standard_ops.negative tensorflow.raw_ops.Neg
tensor@2 tensorflow.math.not_equal tensorflow.not_equal tensorflow.python.ops.math_ops.not_equal tensorflow.python.ops.standard_ops.not_equal
tensor@2 tensorflow.math.polyval tensorflow.python.ops.math_ops.polyval tensorflow.python.ops.standard_ops.polyval
tensor@2 tensorflow.math.pow tensorflow.pow tensorflow.python.ops.math_ops.pow tensorflow.python.ops.standard_ops.pow
tensor@1 tensorflow.math.real tensorflow.compat.v1.real tensorflow.python.ops.math_ops.real tensorflow.python.ops.standard_ops.real
tensor@1 tensorflow.math.reciprocal_no_nan tensorflow.python.ops.math_ops.reciprocal_no_nan tensorflow.python.ops.standard_ops.reciprocal_no_nan
tensor@3 tensorflow.math.reduce_all tensorflow.python.ops.math_ops.reduce_all tensorflow.python.ops.standard_ops.reduce_all tensorflow.reduce_all
tensor@3 tensorflow.math.reduce_any tensorflow.python.ops.math_ops.reduce_any tensorflow.python.ops.standard_ops.reduce_any tensorflow.reduce_any
tensor@3 tensorflow.math.reduce_euclidean_norm tensorflow.python.ops.math_ops.reduce_euclidean_norm tensorflow.python.ops.standard_ops.reduce_euclidean_norm
tensor@3 tensorflow.math.reduce_logsumexp tensorflow.python.ops.math_ops.reduce_logsumexp tensorflow.reduce_logsumexp
tensor@3 tensorflow.math.reduce_max tensorflow.python.ops.math_ops.reduce_max tensorflow.reduce_max
tensor@3 tensorflow.math.reduce_mean tensorflow.python.ops.math_ops.reduce_mean tensorflow.reduce_mean
tensor@3 tensorflow.math.reduce_min tensorflow.python.ops.math_ops.reduce_min tensorflow.reduce_min
tensor@3 tensorflow.math.reduce_prod tensorflow.python.ops.math_ops.reduce_prod tensorflow.reduce_prod
tensor@3 tensorflow.math.reduce_std tensorflow.python.ops.math_ops.reduce_std tensorflow.python.ops.standard_ops.reduce_std
tensor@3 tensorflow.math.reduce_sum tensorflow.python.ops.math_ops.reduce_sum tensorflow.reduce_sum
tensor@3 tensorflow.math.reduce_variance tensorflow.python.ops.math_ops.reduce_variance tensorflow.python.ops.standard_ops.reduce_variance
tensor@1 tensorflow.math.round tensorflow.python.ops.math_ops.round tensorflow.python.ops.standard_ops.round tensorflow.round
tensor@1 tensorflow.math.rsqrt tensorflow.compat.v1.rsqrt tensorflow.python.ops.math_ops.rsqrt tensorflow.python.ops.standard_ops.rsqrt
tensor@2 tensorflow.math.scalar_mul tensorflow.python.ops.math_ops.scalar_mul_v2 tensorflow.python.ops.standard_ops.scalar_mul_v2 tensorflow.scalar_mul
tensor@1 tensorflow.math.sigmoid tensorflow.nn.sigmoid tensorflow.python.ops.math_ops.sigmoid tensorflow.python.ops.nn.sigmoid tensorflow.python.ops.standard_ops.sigmoid tensorflow.sigmoid
tensor@1 tensorflow.math.sign tensorflow.python.ops.math_ops.sign tensorflow.python.ops.standard_ops.sign tensorflow.sign
tensor@1 tensorflow.math.sin tensorflow.python.ops.gen_math_ops.Sin tensorflow.python.ops.gen_math_ops.sin tensorflow.python.ops.math_ops.Sin tensorflow.python.ops.math_ops.sin tensorflow.python.ops.standard_ops.Sin tensorflow.python.ops.standard_ops.sin tensorflow.raw_ops.Sin tensorflow.sin
tensor@1 tensorflow.math.sinh tensorflow.python.ops.gen_math_ops.Sinh tensorflow.python.ops.gen_math_ops.sinh tensorflow.python.ops.math_ops.Sinh tensorflow.python.ops.math_ops.sinh tensorflow.python.ops.standard_ops.Sinh tensorflow.python.ops.standard_ops.sinh tensorflow.raw_ops.Sinh tensorflow.sinh
tensor@4 tensorflow.math.sobol_sample tensorflow.python.ops.math_ops.sobol_sample tensorflow.python.ops.standard_ops.sobol_sample
tensor@1 tensorflow.math.softplus tensorflow.nn.softplus tensorflow.python.ops.math_ops.softplus tensorflow.python.ops.standard_ops.softplus
tensor@1 tensorflow.math.special.bessel_j0 tensorflow.python.ops.special_math_ops.bessel_j0 tensorflow.python.ops.standard_ops.bessel_j0
tensor@1 tensorflow.math.special.bessel_j1 tensorflow.python.ops.special_math_ops.bessel_j1 tensorflow.python.ops.standard_ops.bessel_j1
tensor@1 tensorflow.math.special.bessel_k0 tensorflow.python.ops.special_math_ops.bessel_k0 tensorflow.python.ops.standard_ops.bessel_k0
tensor@1 tensorflow.math.special.bessel_k0e tensorflow.python.ops.special_math_ops.bessel_k0e tensorflow.python.ops.standard_ops.bessel_k0e
tensor@1 tensorflow.math.special.bessel_k1 tensorflow.python.ops.special_math_ops.bessel_k1 tensorflow.python.ops.standard_ops.bessel_k1
tensor@1 tensorflow.math.special.bessel_k1e tensorflow.python.ops.special_math_ops.bessel_k1e tensorflow.python.ops.standard_ops.bessel_k1e
tensor@1 tensorflow.math.special.bessel_y0 tensorflow.python.ops.special_math_ops.bessel_y0 tensorflow.python.ops.standard_ops.bessel_y0
tensor@1 tensorflow.math.special.bessel_y1 tensorflow.python.ops.special_math_ops.bessel_y1 tensorflow.python.ops.standard_ops.bessel_y1
tensor@1 tensorflow.math.special.dawsn tensorflow.python.ops.special_math_ops.dawsn tensorflow.python.ops.standard_ops.dawsn
tensor@1 tensorflow.math.special.expint tensorflow.python.ops.special_math_ops.expint tensorflow.python.ops.standard_ops.expint
tensor@1 tensorflow.math.special.fresnel_cos tensorflow.python.ops.special_math_ops.fresnel_cos tensorflow.python.ops.standard_ops.fresnel_cos
tensor@1 tensorflow.math.special.fresnel_sin tensorflow.python.ops.special_math_ops.fresnel_sin tensorflow.python.ops.standard_ops.fresnel_sin
tensor@1 tensorflow.math.special.spence tensorflow.python.ops.special_math_ops.spence tensorflow.python.ops.standard_ops.spence
tensor@1 tensorflow.math.sqrt tensorflow.python.ops.math_ops.sqrt tensorflow.python.ops.standard_ops.sqrt tensorflow.sqrt
tensor@1 tensorflow.math.square tensorflow.python.ops.gen_math_ops.Square tensorflow.python.ops.gen_math_ops.square tensorflow.python.ops.math_ops.Square tensorflow.python.ops.math_ops.square tensorflow.python.ops.standard_ops.Square tensorflow.python.ops.standard_ops.square tensorflow.raw_ops.Square tensorflow.square
tensor@2 tensorflow.math.subtract tensorflow.python.ops.math_ops.subtract tensorflow.python.ops.standard_ops.subtract tensorflow.subtract
tensor@1 tensorflow.math.tan tensorflow.python.ops.gen_math_ops.Tan tensorflow.python.ops.gen_math_ops.tan tensorflow.python.ops.math_ops.Tan tensorflow.python.ops.math_ops.tan tensorflow.python.ops.standard_ops.Tan tensorflow.python.ops.standard_ops.tan tensorflow.raw_ops.Tan tensorflow.tan
tensor@1 tensorflow.math.tanh tensorflow.nn.tanh tensorflow.python.ops.gen_math_ops.Tanh tensorflow.python.ops.gen_math_ops.tanh tensorflow.python.ops.math_ops.Tanh tensorflow.python.ops.math_ops.tanh tensorflow.python.ops.nn.tanh tensorflow.python.ops.standard_ops.Tanh tensorflow.python.ops.standard_ops.tanh tensorflow.raw_ops.Tanh tensorflow.tanh
tensor_list@4 tensorflow.math.top_k tensorflow.nn.top_k tensorflow.python.ops.nn.top_k tensorflow.python.ops.nn_ops.top_k
tensor@2 tensorflow.math.truediv tensorflow.python.ops.math_ops.truediv tensorflow.python.ops.standard_ops.truediv tensorflow.truediv
tensor@3 tensorflow.math.unsorted_segment_mean tensorflow.compat.v1.unsorted_segment_mean tensorflow.python.ops.math_ops.unsorted_segment_mean tensorflow.python.ops.standard_ops.unsorted_segment_mean
tensor@3 tensorflow.math.unsorted_segment_sqrt_n tensorflow.compat.v1.unsorted_segment_sqrt_n tensorflow.python.ops.math_ops.unsorted_segment_sqrt_n tensorflow.python.ops.standard_ops.unsorted_segment_sqrt_n
tensor@2 tensorflow.math.xdivy tensorflow.python.ops.math_ops.xdivy tensorflow.python.ops.standard_ops.xdivy
tensor@2 tensorflow.math.xlog1py tensorflow.python.ops.math_ops.xlog1py tensorflow.python.ops.standard_ops.xlog1py
tensor@1 tensorflow.math.zero_fraction tensorflow.nn.zero_fraction tensorflow.python.ops.nn.zero_fraction tensorflow.python.ops.nn_impl.zero_fraction
tensor_list tensorflow.meshgrid tensorflow.python.ops.array_ops.meshgrid tensorflow.python.ops.standard_ops.meshgrid
- tensorflow.mlir.experimental.convert_function tensorflow.python.compiler.mlir.mlir.convert_function
- tensorflow.mlir.experimental.convert_graph_def tensorflow.python.compiler.mlir.mlir.convert_graph_def
- tensorflow.mlir.experimental.convert_saved_model tensorflow.python.compiler.mlir.mlir.convert_saved_model
- tensorflow.mlir.experimental.convert_saved_model_v1 tensorflow.python.compiler.mlir.mlir.convert_saved_model_v1
- tensorflow.mlir.experimental.run_pass_pipeline tensorflow.python.compiler.mlir.mlir.run_pass_pipeline
- tensorflow.mlir.experimental.tflite_to_tosa_bytecode tensorflow.python.compiler.mlir.mlir.tflite_to_tosa_bytecode
- tensorflow.mlir.experimental.write_bytecode tensorflow.python.compiler.mlir.mlir.experimental_write_bytecode
-@0 tensorflow.name_scope tensorflow.python.framework.ops.name_scope_v2
- tensorflow.nest.assert_same_structure tensorflow.python.util.nest.assert_same_structure
- tensorflow.nest.flatten tensorflow.python.util.nest.flatten
- tensorflow.nest.is_nested tensorflow.python.util.nest.is_nested
- tensorflow.nest.map_structure tensorflow.python.util.nest.map_structure
- tensorflow.nest.pack_sequence_as tensorflow.python.util.nest.pack_sequence_as
- tensorflow.nn.RNNCellDeviceWrapper tensorflow.python.keras.layers.DeviceWrapper tensorflow.python.keras.layers.rnn_cell_wrapper_v2.DeviceWrapper
- tensorflow.nn.RNNCellDropoutWrapper tensorflow.python.keras.layers.DropoutWrapper tensorflow.python.keras.layers.rnn_cell_wrapper_v2.DropoutWrapper
- tensorflow.nn.RNNCellResidualWrapper tensorflow.python.keras.layers.ResidualWrapper tensorflow.python.keras.layers.rnn_cell_wrapper_v2.ResidualWrapper
tensor@4 tensorflow.nn.atrous_conv2d tensorflow.python.ops.nn.atrous_conv2d tensorflow.python.ops.nn_ops.atrous_conv2d
tensor@5 tensorflow.nn.atrous_conv2d_transpose tensorflow.python.ops.nn.atrous_conv2d_transpose tensorflow.python.ops.nn_ops.atrous_conv2d_transpose
tensor@5 tensorflow.nn.avg_pool tensorflow.compat.v1.nn.avg_pool_v2 tensorflow.python.ops.nn.avg_pool_v2 tensorflow.python.ops.nn_ops.avg_pool_v2
tensor@5 tensorflow.nn.avg_pool1d tensorflow.python.ops.nn.avg_pool1d tensorflow.python.ops.nn_ops.avg_pool1d
tensor@5 tensorflow.nn.avg_pool2d tensorflow.python.ops.nn.avg_pool2d tensorflow.python.ops.nn_ops.avg_pool2d
tensor@5 tensorflow.nn.avg_pool3d tensorflow.python.ops.nn.avg_pool3d tensorflow.python.ops.nn_ops.avg_pool3d
tensor@7 tensorflow.nn.batch_norm_with_global_normalization tensorflow.python.ops.nn.batch_norm_with_global_normalization_v2 tensorflow.python.ops.nn_impl.batch_norm_with_global_normalization_v2
tensor@6 tensorflow.nn.batch_normalization tensorflow.python.ops.nn.batch_normalization tensorflow.python.ops.nn_impl.batch_normalization
tensor@3 tensorflow.nn.bias_add tensorflow.python.ops.nn.bias_add tensorflow.python.ops.nn_ops.bias_add
tensor_list@2 tensorflow.nn.collapse_repeated tensorflow.python.ops.ctc_ops.collapse_repeated tensorflow.python.ops.nn.collapse_repeated
tensor_list@4 tensorflow.nn.compute_accidental_hits tensorflow.python.ops.candidate_sampling_ops.compute_accidental_hits tensorflow.python.ops.nn.compute_accidental_hits
tensor tensorflow.nn.compute_average_loss tensorflow.python.ops.nn.compute_average_loss tensorflow.python.ops.nn_impl_distribute.compute_average_loss
tensor@6 tensorflow.nn.conv1d tensorflow.python.ops.nn.conv1d_v2 tensorflow.python.ops.nn_ops.conv1d_v2
tensor@7 tensorflow.nn.conv1d_transpose tensorflow.python.ops.nn.conv1d_transpose tensorflow.python.ops.nn_ops.conv1d_transpose
tensor@6 tensorflow.nn.conv2d tensorflow.python.ops.nn.conv2d_v2 tensorflow.python.ops.nn_ops.conv2d_v2
tensor@7 tensorflow.nn.conv2d_transpose tensorflow.python.ops.nn.conv2d_transpose_v2 tensorflow.python.ops.nn_ops.conv2d_transpose_v2
tensor@6 tensorflow.nn.conv3d tensorflow.python.ops.nn.conv3d_v2 tensorflow.python.ops.nn_ops.conv3d_v2
tensor@7 tensorflow.nn.conv3d_transpose tensorflow.python.ops.nn.conv3d_transpose_v2 tensorflow.python.ops.nn_ops.conv3d_transpose_v2
tensor@7 tensorflow.nn.conv_transpose tensorflow.python.ops.nn.conv_transpose tensorflow.python.ops.nn_ops.conv_transpose
tensor@6 tensorflow.nn.convolution tensorflow.python.ops.nn.convolution_v2 tensorflow.python.ops.nn_ops.convolution_v2
tensor@2 tensorflow.nn.crelu tensorflow.python.ops.nn.crelu_v2 tensorflow.python.ops.nn_ops.crelu_v2
tensor_list tensorflow.nn.ctc_beam_search_decoder tensorflow.compat.v1.nn.ctc_beam_search_decoder_v2 tensorflow.python.ops.ctc_ops.ctc_beam_search_decoder_v2 tensorflow.python.ops.nn.ctc_beam_search_decoder_v2
tensor_list tensorflow.nn.ctc_greedy_decoder tensorflow.python.ops.ctc_ops.ctc_greedy_decoder tensorflow.python.ops.nn.ctc_greedy_decoder
tensor@7 tensorflow.nn.ctc_loss tensorflow.python.ops.ctc_ops.ctc_loss_v3 tensorflow.python.ops.nn.ctc_loss_v3
tensor_list@1 tensorflow.nn.ctc_unique_labels tensorflow.python.ops.ctc_ops.ctc_unique_labels tensorflow.python.ops.nn.ctc_unique_labels
tensor@3 tensorflow.nn.depth_to_space tensorflow.python.ops.array_ops.depth_to_space_v2
tensor@6 tensorflow.nn.depthwise_conv2d tensorflow.python.ops.nn.depthwise_conv2d_v2 tensorflow.python.ops.nn_impl.depthwise_conv2d_v2
tensor@7 tensorflow.nn.depthwise_conv2d_backprop_filter tensorflow.compat.v1.nn.depthwise_conv2d_native_backprop_filter tensorflow.python.ops.nn.depthwise_conv2d_native_backprop_filter tensorflow.python.ops.nn_ops.depthwise_conv2d_native_backprop_filter
tensor@7 tensorflow.nn.depthwise_conv2d_backprop_input tensorflow.compat.v1.nn.depthwise_conv2d_native_backprop_input tensorflow.python.ops.nn.depthwise_conv2d_native_backprop_input tensorflow.python.ops.nn_ops.depthwise_conv2d_native_backprop_input
tensor@6 tensorflow.nn.dilation2d tensorflow.python.ops.nn.dilation2d_v2 tensorflow.python.ops.nn_ops.dilation2d_v2
tensor@4 tensorflow.nn.dropout tensorflow.python.ops.nn.dropout_v2 tensorflow.python.ops.nn_ops.dropout_v2
tensor@3 tensorflow.nn.embedding_lookup tensorflow.python.ops.embedding_ops.embedding_lookup_v2 tensorflow.python.ops.nn.embedding_lookup_v2
tensor@5 tensorflow.nn.embedding_lookup_sparse tensorflow.python.ops.embedding_ops.embedding_lookup_sparse_v2 tensorflow.python.ops.nn.embedding_lookup_sparse_v2
tensor@6 tensorflow.nn.erosion2d tensorflow.python.ops.nn.erosion2d_v2 tensorflow.python.ops.nn_ops.erosion2d_v2
tensor@4 tensorflow.nn.experimental.general_dropout tensorflow.python.ops.nn.general_dropout tensorflow.python.ops.nn_ops.general_dropout
tensor@5 tensorflow.nn.experimental.stateless_dropout tensorflow.python.ops.nn.stateless_dropout tensorflow.python.ops.nn_ops.stateless_dropout
tensor_list@5 tensorflow.nn.fractional_avg_pool tensorflow.python.ops.nn.fractional_avg_pool_v2 tensorflow.python.ops.nn_ops.fractional_avg_pool_v2
tensor_list@5 tensorflow.nn.fractional_max_pool tensorflow.python.ops.nn.fractional_max_pool_v2 tensorflow.python.ops.nn_ops.fractional_max_pool_v2
tensor@2 tensorflow.nn.gelu tensorflow.python.ops.nn_ops.gelu
tensor tensorflow.nn.isotonic_regression tensorflow.python.ops.nn.isotonic_regression tensorflow.python.ops.nn_ops.isotonic_regression
tensor@2 tensorflow.nn.leaky_relu tensorflow.python.keras.activations.leaky_relu tensorflow.python.ops.nn.leaky_relu tensorflow.python.ops.nn_ops.leaky_relu
tensor@3 tensorflow.nn.log_poisson_loss tensorflow.python.ops.nn.log_poisson_loss tensorflow.python.ops.nn_impl.log_poisson_loss
tensor@2 tensorflow.nn.log_softmax tensorflow.math.log_softmax tensorflow.python.ops.nn_ops.log_softmax_v2
tensor@5 tensorflow.nn.max_pool tensorflow.compat.v1.nn.max_pool_v2 tensorflow.python.ops.nn.max_pool_v2 tensorflow.python.ops.nn_ops.max_pool_v2
tensor@5 tensorflow.nn.max_pool1d tensorflow.python.ops.nn.max_pool1d tensorflow.python.ops.nn_ops.max_pool1d
tensor@5 tensorflow.nn.max_pool2d tensorflow.python.ops.nn.max_pool2d tensorflow.python.ops.nn_ops.max_pool2d
tensor@5 tensorflow.nn.max_pool3d tensorflow.python.ops.nn.max_pool3d tensorflow.python.ops.nn_ops.max_pool3d
tensor_list@7 tensorflow.nn.max_pool_with_argmax tensorflow.python.ops.nn.max_pool_with_argmax_v2 tensorflow.python.ops.nn_ops.max_pool_with_argmax_v2
tensor_list@4 tensorflow.nn.moments tensorflow.python.ops.nn.moments_v2 tensorflow.python.ops.nn_impl.moments_v2
tensor@9 tensorflow.nn.nce_loss tensorflow.python.ops.nn.nce_loss_v2 tensorflow.python.ops.nn_impl.nce_loss_v2
tensor_list@4 tensorflow.nn.normalize_moments tensorflow.python.ops.nn.normalize_moments tensorflow.python.ops.nn_impl.normalize_moments
tensor@7 tensorflow.nn.pool tensorflow.python.ops.nn.pool_v2 tensorflow.python.ops.nn_ops.pool_v2
tensor@1 tensorflow.nn.relu6 tensorflow.python.keras.activations.relu6 tensorflow.python.ops.nn.relu6 tensorflow.python.ops.nn_ops.relu6
tensor@6 tensorflow.nn.safe_embedding_lookup_sparse tensorflow.python.ops.embedding_ops.safe_embedding_lookup_sparse_v2 tensorflow.python.ops.nn.safe_embedding_lookup_sparse_v2
tensor@10 tensorflow.nn.sampled_softmax_loss tensorflow.python.ops.nn.sampled_softmax_loss_v2 tensorflow.python.ops.nn_impl.sampled_softmax_loss_v2
tensor tensorflow.nn.scale_regularization_loss tensorflow.python.ops.nn.scale_regularization_loss tensorflow.python.ops.nn_impl_distribute.scale_regularization_loss
tensor@7 tensorflow.nn.separable_conv2d tensorflow.python.ops.nn.separable_conv2d_v2 tensorflow.python.ops.nn_impl.separable_conv2d_v2
tensor@2 tensorflow.nn.sigmoid_cross_entropy_with_logits tensorflow.python.ops.nn.sigmoid_cross_entropy_with_logits_v2 tensorflow.python.ops.nn_impl.sigmoid_cross_entropy_with_logits_v2
tensor tensorflow.nn.silu tensorflow.nn.swish tensorflow.python.keras.activations.silu tensorflow.python.ops.nn.swish tensorflow.python.ops.nn_impl.swish
tensor@2 tensorflow.nn.softmax tensorflow.math.softmax tensorflow.python.ops.nn.softmax_v2 tensorflow.python.ops.nn_ops.softmax_v2
tensor@3 tensorflow.nn.softmax_cross_entropy_with_logits tensorflow.python.ops.nn.softmax_cross_entropy_with_logits_v2 tensorflow.python.ops.nn_ops.softmax_cross_entropy_with_logits_v2
tensor@3 tensorflow.nn.space_to_depth tensorflow.python.ops.array_ops.space_to_depth_v2
tensor@2 tensorflow.nn.sparse_softmax_cross_entropy_with_logits tensorflow.python.ops.nn.sparse_softmax_cross_entropy_with_logits_v2 tensorflow.python.ops.nn_ops.sparse_softmax_cross_entropy_with_logits_v2
tensor_list@4 tensorflow.nn.sufficient_statistics tensorflow.python.ops.nn.sufficient_statistics_v2 tensorflow.python.ops.nn_impl.sufficient_statistics_v2
tensor@3 tensorflow.nn.weighted_cross_entropy_with_logits tensorflow.python.ops.nn.weighted_cross_entropy_with_logits_v2 tensorflow.python.ops.nn_impl.weighted_cross_entropy_with_logits_v2
tensor_list@4 tensorflow.nn.weighted_moments tensorflow.python.ops.nn.weighted_moments_v2 tensorflow.python.ops.nn_impl.weighted_moments_v2
tensor tensorflow.nn.with_space_to_batch tensorflow.python.ops.nn.with_space_to_batch tensorflow.python.ops.nn_ops.with_space_to_batch
- tensorflow.no_gradient tensorflow.compat.v1.NoGradient tensorflow.compat.v1.NotDifferentiable tensorflow.python.framework.ops.NoGradient tensorflow.python.framework.ops.NotDifferentiable tensorflow.python.framework.ops.no_gradient
none@0 tensorflow.no_op tensorflow.python.ops.control_flow_grad.NoOp tensorflow.python.ops.control_flow_grad.no_op tensorflow.python.ops.control_flow_ops.NoOp tensorflow.python.ops.control_flow_ops.no_op tensorflow.python.ops.gen_control_flow_ops.NoOp tensorflow.python.ops.gen_control_flow_ops.no_op tensorflow.python.ops.standard_ops.no_op tensorflow.raw_ops.NoOp
- tensorflow.nondifferentiable_batch_function tensorflow.python.ops.batch_ops.batch_function tensorflow.python.ops.standard_ops.batch_function
tensor@4 tensorflow.norm tensorflow.linalg.norm tensorflow.python.ops.linalg_ops.norm_v2 tensorflow.python.ops.standard_ops.norm_v2
-@4 tensorflow.numpy_function tensorflow.python.ops.script_ops.numpy_function
tensor@6 tensorflow.one_hot tensorflow.python.ops.array_ops.one_hot tensorflow.python.ops.standard_ops.one_hot
tensor@2 tensorflow.ones tensorflow.python.ops.array_ops.ones tensorflow.python.ops.standard_ops.ones
- tensorflow.ones_initializer tensorflow.python.ops.init_ops_v2.Ones tensorflow.python.ops.init_ops_v2.one tensorflow.python.ops.init_ops_v2.ones tensorflow.python.ops.init_ops_v2.ones_initializer
tensor@2 tensorflow.ones_like tensorflow.python.ops.array_ops.ones_like_v2
tensor@4 tensorflow.pad tensorflow.python.ops.array_ops.pad_v2 tensorflow.python.ops.standard_ops.pad_v2
tensor@1 tensorflow.parallel_stack tensorflow.python.ops.array_ops.parallel_stack tensorflow.python.ops.standard_ops.parallel_stack
- tensorflow.print tensorflow.python.ops.logging_ops.print_v2
- tensorflow.profiler.experimental.Profile tensorflow.python.profiler.profiler_v2.Profile
- tensorflow.profiler.experimental.ProfilerOptions tensorflow.python.profiler.profiler_v2.ProfilerOptions
-@0 tensorflow.profiler.experimental.Trace tensorflow.python.profiler.trace.Trace
- tensorflow.profiler.experimental.client.monitor tensorflow.python.profiler.profiler_client.monitor
- tensorflow.profiler.experimental.client.trace tensorflow.python.profiler.profiler_client.trace
- tensorflow.profiler.experimental.server.start tensorflow.python.profiler.profiler_v2.start_server
- tensorflow.profiler.experimental.start tensorflow.python.profiler.profiler_v2.start
- tensorflow.profiler.experimental.stop tensorflow.python.profiler.profiler_v2.stop
-@3 tensorflow.py_function tensorflow.python.ops.script_ops.eager_py_func
tensor@4 tensorflow.quantization.dequantize tensorflow.compat.v1.dequantize tensorflow.python.ops.array_ops.dequantize tensorflow.python.ops.standard_ops.dequantize
- tensorflow.quantization.experimental.QuantizationComponentSpec tensorflow.compiler.mlir.quantization.tensorflow.quantization_options_pb2.QuantizationComponentSpec
- tensorflow.quantization.experimental.QuantizationMethod tensorflow.compiler.mlir.quantization.tensorflow.quantization_options_pb2.QuantizationMethod
- tensorflow.quantization.experimental.QuantizationOptions tensorflow.compiler.mlir.quantization.tensorflow.quantization_options_pb2.QuantizationOptions
- tensorflow.quantization.experimental.TfRecordRepresentativeDatasetSaver tensorflow.compiler.mlir.quantization.tensorflow.python.representative_dataset.TfRecordRepresentativeDatasetSaver
- tensorflow.quantization.experimental.UnitWiseQuantizationSpec tensorflow.compiler.mlir.quantization.tensorflow.quantization_options_pb2.UnitWiseQuantizationSpec
- tensorflow.quantization.experimental.quantize_saved_model tensorflow.compiler.mlir.quantization.tensorflow.python.quantize_model.quantize
tensor_list@6 tensorflow.quantization.quantize tensorflow.compat.v1.quantize tensorflow.python.ops.array_ops.quantize tensorflow.python.ops.standard_ops.quantize
tensor@7 tensorflow.quantization.quantize_and_dequantize tensorflow.python.ops.array_ops.quantize_and_dequantize tensorflow.python.ops.standard_ops.quantize_and_dequantize
tensor@7 tensorflow.quantization.quantize_and_dequantize_v2 tensorflow.python.ops.array_ops.quantize_and_dequantize_v2 tensorflow.python.ops.standard_ops.quantize_and_dequantize_v2
-@5 tensorflow.queue.FIFOQueue tensorflow.compat.v1.FIFOQueue tensorflow.python.ops.data_flow_ops.FIFOQueue tensorflow.python.ops.standard_ops.FIFOQueue
-@5 tensorflow.queue.PaddingFIFOQueue tensorflow.compat.v1.PaddingFIFOQueue tensorflow.compat.v1.io.PaddingFIFOQueue tensorflow.python.ops.data_flow_ops.PaddingFIFOQueue tensorflow.python.ops.standard_ops.PaddingFIFOQueue
-@5 tensorflow.queue.PriorityQueue tensorflow.compat.v1.PriorityQueue tensorflow.compat.v1.io.PriorityQueue tensorflow.python.ops.data_flow_ops.PriorityQueue tensorflow.python.ops.standard_ops.PriorityQueue
- tensorflow.queue.QueueBase tensorflow.compat.v1.QueueBase tensorflow.compat.v1.io.QueueBase tensorflow.python.ops.data_flow_ops.QueueBase tensorflow.python.ops.standard_ops.QueueBase
-@7 tensorflow.queue.RandomShuffleQueue tensorflow.compat.v1.RandomShuffleQueue tensorflow.compat.v1.io.RandomShuffleQueue tensorflow.python.ops.data_flow_ops.RandomShuffleQueue tensorflow.python.ops.standard_ops.RandomShuffleQueue
tensor@2 tensorflow.ragged.boolean_mask tensorflow.python.ops.ragged.ragged_array_ops.boolean_mask
tensor@4 tensorflow.ragged.constant tensorflow.python.ops.ragged.ragged_factory_ops.constant
tensor@1 tensorflow.ragged.cross tensorflow.python.ops.ragged.ragged_array_ops.cross
tensor@3 tensorflow.ragged.cross_hashed tensorflow.python.ops.ragged.ragged_array_ops.cross_hashed
tensor tensorflow.ragged.map_flat_values tensorflow.python.ops.ragged.ragged_functional_ops.map_flat_values
tensor@4 tensorflow.ragged.range tensorflow.python.ops.ragged.ragged_math_ops.range
tensor@1 tensorflow.ragged.row_splits_to_segment_ids tensorflow.python.ops.ragged.segment_id_ops.row_splits_to_segment_ids
tensor@3 tensorflow.ragged.segment_ids_to_row_splits tensorflow.python.ops.ragged.segment_id_ops.segment_ids_to_row_splits
tensor@2 tensorflow.ragged.stack tensorflow.python.ops.ragged.ragged_concat_ops.stack
tensor@3 tensorflow.ragged.stack_dynamic_partitions tensorflow.python.ops.ragged.ragged_array_ops.stack_dynamic_partitions
tensor_list@4 tensorflow.ragged_fill_empty_rows tensorflow.python.ops.gen_ragged_array_ops.RaggedFillEmptyRows tensorflow.python.ops.gen_ragged_array_ops.ragged_fill_empty_rows tensorflow.raw_ops.RaggedFillEmptyRows
tensor_list@2 tensorflow.ragged_fill_empty_rows_grad tensorflow.python.ops.gen_ragged_array_ops.RaggedFillEmptyRowsGrad tensorflow.python.ops.gen_ragged_array_ops.ragged_fill_empty_rows_grad tensorflow.raw_ops.RaggedFillEmptyRowsGrad
- tensorflow.random.Algorithm tensorflow.python.ops.random_ops_util.Algorithm tensorflow.random.experimental.Algorithm
generator tensorflow.random.Generator tensorflow.python.ops.stateful_random_ops.Generator tensorflow.random.experimental.Generator
generator tensorflow.random.Generator.from_key_counter
generator tensorflow.random.Generator.from_non_deterministic_state
generator tensorflow.random.Generator.from_seed
generator tensorflow.random.Generator.from_state
tensor_list@5 tensorflow.random.all_candidate_sampler tensorflow.nn.all_candidate_sampler tensorflow.python.ops.candidate_sampling_ops.all_candidate_sampler tensorflow.python.ops.nn.all_candidate_sampler
tensor@4 tensorflow.random.categorical tensorflow.python.ops.random_ops.categorical tensorflow.python.ops.standard_ops.categorical
tensor tensorflow.random.create_rng_state tensorflow.python.ops.stateful_random_ops.create_rng_state tensorflow.random.experimental.create_rng_state
tensor tensorflow.random.experimental.index_shuffle tensorflow.python.ops.standard_ops.index_shuffle tensorflow.python.ops.stateless_random_ops.index_shuffle
tensor@3 tensorflow.random.experimental.stateless_shuffle tensorflow.python.ops.standard_ops.stateless_shuffle tensorflow.python.ops.stateless_random_ops.stateless_shuffle
tensor_list@12 tensorflow.random.fixed_unigram_candidate_sampler tensorflow.nn.fixed_unigram_candidate_sampler tensorflow.python.ops.candidate_sampling_ops.fixed_unigram_candidate_sampler tensorflow.python.ops.nn.fixed_unigram_candidate_sampler
tensor tensorflow.random.fold_in tensorflow.python.ops.standard_ops.fold_in tensorflow.python.ops.stateless_random_ops.fold_in tensorflow.random.experimental.stateless_fold_in
tensor@5 tensorflow.random.gamma tensorflow.compat.v1.random_gamma tensorflow.python.ops.random_ops.random_gamma tensorflow.python.ops.standard_ops.random_gamma
generator tensorflow.random.get_global_generator tensorflow.python.ops.stateful_random_ops.get_global_generator tensorflow.random.experimental.get_global_generator
tensor_list@6 tensorflow.random.learned_unigram_candidate_sampler tensorflow.nn.learned_unigram_candidate_sampler tensorflow.python.ops.candidate_sampling_ops.learned_unigram_candidate_sampler tensorflow.python.ops.nn.learned_unigram_candidate_sampler
tensor_list@6 tensorflow.random.log_uniform_candidate_sampler tensorflow.compat.v1.nn.log_uniform_candidate_sampler tensorflow.python.ops.candidate_sampling_ops.log_uniform_candidate_sampler tensorflow.python.ops.nn.log_uniform_candidate_sampler
tensor@5 tensorflow.random.normal tensorflow.compat.v1.random_normal tensorflow.python.ops.random_ops.random_normal tensorflow.python.ops.standard_ops.random_normal
tensor@4 tensorflow.random.poisson tensorflow.python.ops.random_ops.random_poisson_v2 tensorflow.python.ops.standard_ops.random_poisson_v2
none tensorflow.random.set_global_generator tensorflow.python.ops.stateful_random_ops.set_global_generator tensorflow.random.experimental.set_global_generator
none tensorflow.random.set_seed tensorflow.python.framework.random_seed.set_seed
tensor@2 tensorflow.random.shuffle tensorflow.compat.v1.random_shuffle tensorflow.python.ops.random_ops.random_shuffle tensorflow.python.ops.standard_ops.random_shuffle
tensor tensorflow.random.split tensorflow.python.ops.standard_ops.split tensorflow.python.ops.stateless_random_ops.split tensorflow.random.experimental.stateless_split
tensor@5 tensorflow.random.stateless_binomial tensorflow.python.ops.standard_ops.stateless_random_binomial tensorflow.python.ops.stateless_random_ops.stateless_random_binomial
tensor@4 tensorflow.random.stateless_categorical tensorflow.python.ops.standard_ops.stateless_categorical tensorflow.python.ops.stateless_random_ops.stateless_categorical
tensor@5 tensorflow.random.stateless_gamma tensorflow.python.ops.standard_ops.stateless_random_gamma tensorflow.python.ops.stateless_random_ops.stateless_random_gamma
tensor@5 tensorflow.random.stateless_normal tensorflow.python.ops.standard_ops.stateless_random_normal tensorflow.python.ops.stateless_random_ops.stateless_random_normal
tensor@6 tensorflow.random.stateless_parameterized_truncated_normal tensorflow.python.ops.standard_ops.stateless_parameterized_truncated_normal tensorflow.python.ops.stateless_random_ops.stateless_parameterized_truncated_normal
tensor@4 tensorflow.random.stateless_poisson tensorflow.python.ops.standard_ops.stateless_random_poisson tensorflow.python.ops.stateless_random_ops.stateless_random_poisson
tensor@5 tensorflow.random.stateless_truncated_normal tensorflow.python.ops.standard_ops.stateless_truncated_normal tensorflow.python.ops.stateless_random_ops.stateless_truncated_normal
tensor@5 tensorflow.random.stateless_uniform tensorflow.python.ops.standard_ops.stateless_random_uniform tensorflow.python.ops.stateless_random_ops.stateless_random_uniform
tensor@5 tensorflow.random.truncated_normal tensorflow.compat.v1.truncated_normal tensorflow.python.ops.random_ops.truncated_normal tensorflow.python.ops.standard_ops.truncated_normal
tensor@5 tensorflow.random.uniform tensorflow.compat.v1.random_uniform tensorflow.python.ops.random_ops.random_uniform tensorflow.python.ops.standard_ops.random_uniform
tensor_list@6 tensorflow.random.uniform_candidate_sampler tensorflow.compat.v1.nn.uniform_candidate_sampler tensorflow.python.ops.candidate_sampling_ops.uniform_candidate_sampler tensorflow.python.ops.nn.uniform_candidate_sampler
tensor@4 tensorflow.random_index_shuffle tensorflow.python.ops.gen_random_index_shuffle_ops.RandomIndexShuffle tensorflow.python.ops.gen_random_index_shuffle_ops.random_index_shuffle tensorflow.raw_ops.RandomIndexShuffle
- tensorflow.random_normal_initializer tensorflow.python.ops.init_ops_v2.RandomNormal tensorflow.python.ops.init_ops_v2.normal tensorflow.python.ops.init_ops_v2.random_normal tensorflow.python.ops.init_ops_v2.random_normal_initializer
- tensorflow.random_uniform_initializer tensorflow.python.ops.init_ops_v2.RandomUniform tensorflow.python.ops.init_ops_v2.random_uniform tensorflow.python.ops.init_ops_v2.random_uniform_initializer tensorflow.python.ops.init_ops_v2.uniform
tensor@4 tensorflow.range tensorflow.python.ops.math_ops.range tensorflow.python.ops.standard_ops.range
tensor@1 tensorflow.rank tensorflow.python.ops.array_ops.rank tensorflow.python.ops.standard_ops.rank
none@2 tensorflow.raw_ops.Abort tensorflow.python.ops.control_flow_grad.Abort tensorflow.python.ops.control_flow_ops.Abort tensorflow.python.ops.gen_control_flow_ops.Abort tensorflow.python.ops.gen_control_flow_ops.abort
tensor@1 tensorflow.raw_ops.Abs tensorflow.python.ops.gen_math_ops.Abs tensorflow.python.ops.gen_math_ops._abs tensorflow.python.ops.math_ops.Abs tensorflow.python.ops.standard_ops.Abs
tensor@2 tensorflow.raw_ops.AccumulateNV2 tensorflow.python.ops.gen_math_ops.AccumulateNV2 tensorflow.python.ops.gen_math_ops.accumulate_nv2 tensorflow.python.ops.math_ops.AccumulateNV2 tensorflow.python.ops.standard_ops.AccumulateNV2
none@3 tensorflow.raw_ops.AccumulatorApplyGradient tensorflow.python.ops.data_flow_ops.AccumulatorApplyGradient tensorflow.python.ops.gen_data_flow_ops.AccumulatorApplyGradient tensorflow.python.ops.gen_data_flow_ops.accumulator_apply_gradient tensorflow.python.ops.standard_ops.AccumulatorApplyGradient
tensor@1 tensorflow.raw_ops.AccumulatorNumAccumulated tensorflow.python.ops.data_flow_ops.AccumulatorNumAccumulated tensorflow.python.ops.gen_data_flow_ops.AccumulatorNumAccumulated tensorflow.python.ops.gen_data_flow_ops.accumulator_num_accumulated tensorflow.python.ops.standard_ops.AccumulatorNumAccumulated
none@2 tensorflow.raw_ops.AccumulatorSetGlobalStep tensorflow.python.ops.data_flow_ops.AccumulatorSetGlobalStep tensorflow.python.ops.gen_data_flow_ops.AccumulatorSetGlobalStep tensorflow.python.ops.gen_data_flow_ops.accumulator_set_global_step tensorflow.python.ops.standard_ops.AccumulatorSetGlobalStep
tensor@3 tensorflow.raw_ops.AccumulatorTakeGradient tensorflow.python.ops.data_flow_ops.AccumulatorTakeGradient tensorflow.python.ops.gen_data_flow_ops.AccumulatorTakeGradient tensorflow.python.ops.gen_data_flow_ops.accumulator_take_gradient tensorflow.python.ops.standard_ops.AccumulatorTakeGradient
tensor@1 tensorflow.raw_ops.Acos tensorflow.python.ops.gen_math_ops.Acos tensorflow.python.ops.gen_math_ops.acos tensorflow.python.ops.math_ops.Acos tensorflow.python.ops.standard_ops.Acos
tensor@2 tensorflow.raw_ops.Add tensorflow.python.ops.gen_math_ops.Add tensorflow.python.ops.gen_math_ops.add tensorflow.python.ops.math_ops.Add tensorflow.python.ops.standard_ops.Add
tensor@5 tensorflow.raw_ops.AddManySparseToTensorsMap tensorflow.python.ops.gen_sparse_ops.AddManySparseToTensorsMap tensorflow.python.ops.gen_sparse_ops.add_many_sparse_to_tensors_map tensorflow.python.ops.sparse_ops.AddManySparseToTensorsMap tensorflow.python.ops.standard_ops.AddManySparseToTensorsMap
tensor@1 tensorflow.raw_ops.AddN tensorflow.python.ops.gen_math_ops.AddN tensorflow.python.ops.gen_math_ops.add_n tensorflow.python.ops.math_ops.AddN tensorflow.python.ops.standard_ops.AddN
tensor@5 tensorflow.raw_ops.AddSparseToTensorsMap tensorflow.python.ops.gen_sparse_ops.AddSparseToTensorsMap tensorflow.python.ops.gen_sparse_ops.add_sparse_to_tensors_map tensorflow.python.ops.sparse_ops.AddSparseToTensorsMap tensorflow.python.ops.standard_ops.AddSparseToTensorsMap
tensor@2 tensorflow.raw_ops.AddV2 tensorflow.python.ops.gen_math_ops.AddV2 tensorflow.python.ops.gen_math_ops.add_v2 tensorflow.python.ops.math_ops.AddV2 tensorflow.python.ops.standard_ops.AddV2
tensor@4 tensorflow.raw_ops.AdjustContrast tensorflow.python.ops.gen_image_ops.AdjustContrast tensorflow.python.ops.gen_image_ops.adjust_contrast tensorflow.python.ops.image_ops.AdjustContrast
tensor@2 tensorflow.raw_ops.AdjustContrastv2 tensorflow.python.ops.gen_image_ops.AdjustContrastv2 tensorflow.python.ops.gen_image_ops.adjust_contrastv2 tensorflow.python.ops.image_ops.AdjustContrastv2
tensor@2 tensorflow.raw_ops.AdjustHue tensorflow.python.ops.gen_image_ops.AdjustHue tensorflow.python.ops.gen_image_ops.adjust_hue tensorflow.python.ops.image_ops.AdjustHue
tensor@2 tensorflow.raw_ops.AdjustSaturation tensorflow.python.ops.gen_image_ops.AdjustSaturation tensorflow.python.ops.gen_image_ops.adjust_saturation tensorflow.python.ops.image_ops.AdjustSaturation
tensor@3 tensorflow.raw_ops.All tensorflow.python.ops.gen_math_ops.All tensorflow.python.ops.gen_math_ops._all tensorflow.python.ops.math_ops.All tensorflow.python.ops.standard_ops.All
tensor_list@6 tensorflow.raw_ops.AllCandidateSampler tensorflow.python.ops.gen_candidate_sampling_ops.AllCandidateSampler tensorflow.python.ops.gen_candidate_sampling_ops.all_candidate_sampler
tensor@5 tensorflow.raw_ops.AllToAll tensorflow.python.ops.gen_tpu_ops.AllToAll tensorflow.python.ops.gen_tpu_ops.all_to_all tensorflow.python.tpu.ops.tpu_ops.AllToAll
tensor@2 tensorflow.raw_ops.Angle tensorflow.python.ops.gen_math_ops.Angle tensorflow.python.ops.gen_math_ops.angle tensorflow.python.ops.math_ops.Angle tensorflow.python.ops.standard_ops.Angle
tensor@2 tensorflow.raw_ops.AnonymousHashTable tensorflow.python.ops.gen_lookup_ops.AnonymousHashTable tensorflow.python.ops.gen_lookup_ops.anonymous_hash_table tensorflow.python.ops.lookup_ops.AnonymousHashTable
tensor@2 tensorflow.raw_ops.AnonymousIterator tensorflow.python.ops.gen_dataset_ops.AnonymousIterator tensorflow.python.ops.gen_dataset_ops.anonymous_iterator
tensor_list@2 tensorflow.raw_ops.AnonymousIteratorV2 tensorflow.python.ops.gen_dataset_ops.AnonymousIteratorV2 tensorflow.python.ops.gen_dataset_ops.anonymous_iterator_v2
tensor@2 tensorflow.raw_ops.AnonymousIteratorV3 tensorflow.python.ops.gen_dataset_ops.AnonymousIteratorV3 tensorflow.python.ops.gen_dataset_ops.anonymous_iterator_v3
tensor_list@0 tensorflow.raw_ops.AnonymousMemoryCache tensorflow.python.ops.gen_dataset_ops.AnonymousMemoryCache tensorflow.python.ops.gen_dataset_ops.anonymous_memory_cache
tensor_list@3 tensorflow.raw_ops.AnonymousMultiDeviceIterator tensorflow.python.ops.gen_dataset_ops.AnonymousMultiDeviceIterator tensorflow.python.ops.gen_dataset_ops.anonymous_multi_device_iterator
tensor@3 tensorflow.raw_ops.AnonymousMultiDeviceIteratorV3 tensorflow.python.ops.gen_dataset_ops.AnonymousMultiDeviceIteratorV3 tensorflow.python.ops.gen_dataset_ops.anonymous_multi_device_iterator_v3
tensor@6 tensorflow.raw_ops.AnonymousMutableDenseHashTable tensorflow.python.ops.gen_lookup_ops.AnonymousMutableDenseHashTable tensorflow.python.ops.gen_lookup_ops.anonymous_mutable_dense_hash_table tensorflow.python.ops.lookup_ops.AnonymousMutableDenseHashTable
tensor@2 tensorflow.raw_ops.AnonymousMutableHashTable tensorflow.python.ops.gen_lookup_ops.AnonymousMutableHashTable tensorflow.python.ops.gen_lookup_ops.anonymous_mutable_hash_table tensorflow.python.ops.lookup_ops.AnonymousMutableHashTable
tensor@3 tensorflow.raw_ops.AnonymousMutableHashTableOfTensors tensorflow.python.ops.gen_lookup_ops.AnonymousMutableHashTableOfTensors tensorflow.python.ops.gen_lookup_ops.anonymous_mutable_hash_table_of_tensors tensorflow.python.ops.lookup_ops.AnonymousMutableHashTableOfTensors
tensor_list@2 tensorflow.raw_ops.AnonymousRandomSeedGenerator tensorflow.python.ops.gen_dataset_ops.AnonymousRandomSeedGenerator tensorflow.python.ops.gen_dataset_ops.anonymous_random_seed_generator
tensor_list@3 tensorflow.raw_ops.AnonymousSeedGenerator tensorflow.python.ops.gen_dataset_ops.AnonymousSeedGenerator tensorflow.python.ops.gen_dataset_ops.anonymous_seed_generator
tensor@3 tensorflow.raw_ops.Any tensorflow.python.ops.gen_math_ops.Any tensorflow.python.ops.gen_math_ops._any tensorflow.python.ops.math_ops.Any
tensor@10 tensorflow.raw_ops.ApplyAdaMax tensorflow.python.ops.gen_training_ops.ApplyAdaMax tensorflow.python.ops.gen_training_ops.apply_ada_max
tensor@8 tensorflow.raw_ops.ApplyAdadelta tensorflow.python.ops.gen_training_ops.ApplyAdadelta tensorflow.python.ops.gen_training_ops.apply_adadelta
tensor@6 tensorflow.raw_ops.ApplyAdagrad tensorflow.python.ops.gen_training_ops.ApplyAdagrad tensorflow.python.ops.gen_training_ops.apply_adagrad
tensor@9 tensorflow.raw_ops.ApplyAdagradDA tensorflow.python.ops.gen_training_ops.ApplyAdagradDA tensorflow.python.ops.gen_training_ops.apply_adagrad_da
tensor@7 tensorflow.raw_ops.ApplyAdagradV2 tensorflow.python.ops.gen_training_ops.ApplyAdagradV2 tensorflow.python.ops.gen_training_ops.apply_adagrad_v2
tensor@12 tensorflow.raw_ops.ApplyAdam tensorflow.python.ops.gen_training_ops.ApplyAdam tensorflow.python.ops.gen_training_ops.apply_adam
tensor@8 tensorflow.raw_ops.ApplyAddSign tensorflow.python.ops.gen_training_ops.ApplyAddSign tensorflow.python.ops.gen_training_ops.apply_add_sign
tensor@10 tensorflow.raw_ops.ApplyCenteredRMSProp tensorflow.python.ops.gen_training_ops.ApplyCenteredRMSProp tensorflow.python.ops.gen_training_ops.apply_centered_rms_prop
tensor@10 tensorflow.raw_ops.ApplyFtrl tensorflow.python.ops.gen_training_ops.ApplyFtrl tensorflow.python.ops.gen_training_ops.apply_ftrl
tensor@11 tensorflow.raw_ops.ApplyFtrlV2 tensorflow.python.ops.gen_training_ops.ApplyFtrlV2 tensorflow.python.ops.gen_training_ops.apply_ftrl_v2
tensor@4 tensorflow.raw_ops.ApplyGradientDescent tensorflow.python.ops.gen_training_ops.ApplyGradientDescent tensorflow.python.ops.gen_training_ops.apply_gradient_descent
tensor@7 tensorflow.raw_ops.ApplyMomentum tensorflow.python.ops.gen_training_ops.ApplyMomentum tensorflow.python.ops.gen_training_ops.apply_momentum
tensor@8 tensorflow.raw_ops.ApplyPowerSign tensorflow.python.ops.gen_training_ops.ApplyPowerSign tensorflow.python.ops.gen_training_ops.apply_power_sign
tensor@7 tensorflow.raw_ops.ApplyProximalAdagrad tensorflow.python.ops.gen_training_ops.ApplyProximalAdagrad tensorflow.python.ops.gen_training_ops.apply_proximal_adagrad
tensor@6 tensorflow.raw_ops.ApplyProximalGradientDescent tensorflow.python.ops.gen_training_ops.ApplyProximalGradientDescent tensorflow.python.ops.gen_training_ops.apply_proximal_gradient_descent
tensor@9 tensorflow.raw_ops.ApplyRMSProp tensorflow.python.ops.gen_training_ops.ApplyRMSProp tensorflow.python.ops.gen_training_ops.apply_rms_prop
tensor@3 tensorflow.raw_ops.ApproximateEqual tensorflow.python.ops.gen_math_ops.ApproximateEqual tensorflow.python.ops.gen_math_ops.approximate_equal tensorflow.python.ops.math_ops.ApproximateEqual tensorflow.python.ops.standard_ops.ApproximateEqual
tensor@3 tensorflow.raw_ops.ArgMax tensorflow.compat.v1.arg_max tensorflow.python.ops.gen_math_ops.ArgMax tensorflow.python.ops.gen_math_ops.arg_max tensorflow.python.ops.math_ops.ArgMax tensorflow.python.ops.math_ops.arg_max tensorflow.python.ops.standard_ops.ArgMax tensorflow.python.ops.standard_ops.arg_max
tensor@3 tensorflow.raw_ops.ArgMin tensorflow.compat.v1.arg_min tensorflow.python.ops.gen_math_ops.ArgMin tensorflow.python.ops.gen_math_ops.arg_min tensorflow.python.ops.math_ops.ArgMin tensorflow.python.ops.math_ops.arg_min tensorflow.python.ops.standard_ops.ArgMin tensorflow.python.ops.standard_ops.arg_min
none@3 tensorflow.raw_ops.Assert tensorflow.python.ops.gen_logging_ops.Assert tensorflow.python.ops.gen_logging_ops._assert tensorflow.python.ops.logging_ops.Assert
tensor@4 tensorflow.raw_ops.AssertCardinalityDataset tensorflow.python.ops.gen_experimental_dataset_ops.AssertCardinalityDataset tensorflow.python.ops.gen_experimental_dataset_ops.assert_cardinality_dataset
tensor@4 tensorflow.raw_ops.AssertNextDataset tensorflow.python.ops.gen_experimental_dataset_ops.AssertNextDataset tensorflow.python.ops.gen_experimental_dataset_ops.assert_next_dataset
tensor@4 tensorflow.raw_ops.AssertPrevDataset tensorflow.python.ops.gen_experimental_dataset_ops.AssertPrevDataset tensorflow.python.ops.gen_experimental_dataset_ops.assert_prev_dataset
tensor@4 tensorflow.raw_ops.Assign tensorflow.python.ops.gen_state_ops.Assign tensorflow.python.ops.gen_state_ops.assign tensorflow.python.ops.state_ops.Assign
tensor@3 tensorflow.raw_ops.AssignAdd tensorflow.python.ops.gen_state_ops.AssignAdd tensorflow.python.ops.gen_state_ops.assign_add tensorflow.python.ops.state_ops.AssignAdd
none@2 tensorflow.raw_ops.AssignAddVariableOp tensorflow.python.ops.gen_resource_variable_ops.AssignAddVariableOp tensorflow.python.ops.gen_resource_variable_ops.assign_add_variable_op tensorflow.python.ops.resource_variable_ops.AssignAddVariableOp
tensor@3 tensorflow.raw_ops.AssignSub tensorflow.python.ops.gen_state_ops.AssignSub tensorflow.python.ops.gen_state_ops.assign_sub tensorflow.python.ops.state_ops.AssignSub
none@2 tensorflow.raw_ops.AssignSubVariableOp tensorflow.python.ops.gen_resource_variable_ops.AssignSubVariableOp tensorflow.python.ops.gen_resource_variable_ops.assign_sub_variable_op tensorflow.python.ops.resource_variable_ops.AssignSubVariableOp
none@3 tensorflow.raw_ops.AssignVariableOp tensorflow.python.ops.gen_resource_variable_ops.AssignVariableOp tensorflow.python.ops.gen_resource_variable_ops.assign_variable_op tensorflow.python.ops.resource_variable_ops.AssignVariableOp
none@4 tensorflow.raw_ops.AssignVariableXlaConcatND tensorflow.python.ops.gen_tpu_ops.AssignVariableXlaConcatND tensorflow.python.ops.gen_tpu_ops.assign_variable_xla_concat_nd tensorflow.python.tpu.ops.tpu_ops.AssignVariableXlaConcatND
tensor@4 tensorflow.raw_ops.AudioSpectrogram tensorflow.python.ops.gen_audio_ops.AudioSpectrogram tensorflow.python.ops.gen_audio_ops.audio_spectrogram
tensor@4 tensorflow.raw_ops.AudioSummary tensorflow.python.ops.gen_logging_ops.AudioSummary tensorflow.python.ops.gen_logging_ops.audio_summary tensorflow.python.ops.logging_ops.AudioSummary
tensor@4 tensorflow.raw_ops.AudioSummaryV2 tensorflow.python.ops.gen_logging_ops.AudioSummaryV2 tensorflow.python.ops.gen_logging_ops.audio_summary_v2 tensorflow.python.ops.logging_ops.AudioSummaryV2
tensor@7 tensorflow.raw_ops.AutoShardDataset tensorflow.python.ops.gen_experimental_dataset_ops.AutoShardDataset tensorflow.python.ops.gen_experimental_dataset_ops.auto_shard_dataset
tensor@5 tensorflow.raw_ops.AvgPool tensorflow.python.ops.gen_nn_ops.AvgPool tensorflow.python.ops.gen_nn_ops.avg_pool tensorflow.python.ops.nn.AvgPool tensorflow.python.ops.nn_ops.AvgPool
tensor@5 tensorflow.raw_ops.AvgPool3D tensorflow.python.ops.gen_nn_ops.AvgPool3D tensorflow.python.ops.gen_nn_ops.avg_pool3d tensorflow.python.ops.nn.AvgPool3D tensorflow.python.ops.nn_ops.AvgPool3D
tensor@6 tensorflow.raw_ops.AvgPool3DGrad tensorflow.python.ops.gen_nn_ops.AvgPool3DGrad tensorflow.python.ops.gen_nn_ops.avg_pool3d_grad tensorflow.python.ops.nn.AvgPool3DGrad tensorflow.python.ops.nn_ops.AvgPool3DGrad
tensor@6 tensorflow.raw_ops.AvgPoolGrad tensorflow.python.ops.gen_nn_ops.AvgPoolGrad tensorflow.python.ops.gen_nn_ops.avg_pool_grad tensorflow.python.ops.nn.AvgPoolGrad tensorflow.python.ops.nn_ops.AvgPoolGrad
tensor@4 tensorflow.raw_ops.BandedTriangularSolve tensorflow.python.ops.gen_linalg_ops.BandedTriangularSolve tensorflow.python.ops.gen_linalg_ops.banded_triangular_solve tensorflow.python.ops.linalg_ops.BandedTriangularSolve tensorflow.python.ops.standard_ops.BandedTriangularSolve
tensor@5 tensorflow.raw_ops.Barrier tensorflow.python.ops.gen_data_flow_ops.Barrier tensorflow.python.ops.gen_data_flow_ops.barrier
none@2 tensorflow.raw_ops.BarrierClose tensorflow.python.ops.data_flow_ops.BarrierClose tensorflow.python.ops.gen_data_flow_ops.BarrierClose tensorflow.python.ops.gen_data_flow_ops.barrier_close tensorflow.python.ops.standard_ops.BarrierClose
tensor@1 tensorflow.raw_ops.BarrierIncompleteSize tensorflow.python.ops.data_flow_ops.BarrierIncompleteSize tensorflow.python.ops.gen_data_flow_ops.BarrierIncompleteSize tensorflow.python.ops.gen_data_flow_ops.barrier_incomplete_size tensorflow.python.ops.standard_ops.BarrierIncompleteSize
none@4 tensorflow.raw_ops.BarrierInsertMany tensorflow.python.ops.data_flow_ops.BarrierInsertMany tensorflow.python.ops.gen_data_flow_ops.BarrierInsertMany tensorflow.python.ops.gen_data_flow_ops.barrier_insert_many tensorflow.python.ops.standard_ops.BarrierInsertMany
tensor@1 tensorflow.raw_ops.BarrierReadySize tensorflow.python.ops.data_flow_ops.BarrierReadySize tensorflow.python.ops.gen_data_flow_ops.BarrierReadySize tensorflow.python.ops.gen_data_flow_ops.barrier_ready_size tensorflow.python.ops.standard_ops.BarrierReadySize
tensor_list@6 tensorflow.raw_ops.BarrierTakeMany tensorflow.python.ops.data_flow_ops.BarrierTakeMany tensorflow.python.ops.gen_data_flow_ops.BarrierTakeMany tensorflow.python.ops.gen_data_flow_ops.barrier_take_many tensorflow.python.ops.standard_ops.BarrierTakeMany
tensor_list@10 tensorflow.raw_ops.Batch tensorflow.python.ops.batch_ops.Batch tensorflow.python.ops.gen_batch_ops.Batch tensorflow.python.ops.gen_batch_ops.batch tensorflow.python.ops.standard_ops.Batch
tensor@1 tensorflow.raw_ops.BatchCholesky tensorflow.python.ops.gen_linalg_ops.BatchCholesky tensorflow.python.ops.gen_linalg_ops.batch_cholesky tensorflow.python.ops.linalg_ops.BatchCholesky tensorflow.python.ops.standard_ops.BatchCholesky
tensor@2 tensorflow.raw_ops.BatchCholeskyGrad tensorflow.python.ops.gen_linalg_ops.BatchCholeskyGrad tensorflow.python.ops.gen_linalg_ops.batch_cholesky_grad tensorflow.python.ops.linalg_ops.BatchCholeskyGrad tensorflow.python.ops.standard_ops.BatchCholeskyGrad
tensor@5 tensorflow.raw_ops.BatchDataset tensorflow.python.ops.gen_dataset_ops.BatchDataset tensorflow.python.ops.gen_dataset_ops.batch_dataset
tensor@7 tensorflow.raw_ops.BatchDatasetV2 tensorflow.python.ops.gen_dataset_ops.BatchDatasetV2 tensorflow.python.ops.gen_dataset_ops.batch_dataset_v2
tensor@1 tensorflow.raw_ops.BatchFFT tensorflow.python.ops.gen_spectral_ops.BatchFFT tensorflow.python.ops.gen_spectral_ops.batch_fft
tensor@1 tensorflow.raw_ops.BatchFFT2D tensorflow.python.ops.gen_spectral_ops.BatchFFT2D tensorflow.python.ops.gen_spectral_ops.batch_fft2d
tensor@1 tensorflow.raw_ops.BatchFFT3D tensorflow.python.ops.gen_spectral_ops.BatchFFT3D tensorflow.python.ops.gen_spectral_ops.batch_fft3d
tensor_list@19 tensorflow.raw_ops.BatchFunction tensorflow.python.ops.batch_ops.BatchFunction tensorflow.python.ops.gen_batch_ops.BatchFunction tensorflow.python.ops.gen_batch_ops.batch_function tensorflow.python.ops.standard_ops.BatchFunction
tensor@1 tensorflow.raw_ops.BatchIFFT tensorflow.python.ops.gen_spectral_ops.BatchIFFT tensorflow.python.ops.gen_spectral_ops.batch_ifft
tensor@1 tensorflow.raw_ops.BatchIFFT2D tensorflow.python.ops.gen_spectral_ops.BatchIFFT2D tensorflow.python.ops.gen_spectral_ops.batch_ifft2d
tensor@1 tensorflow.raw_ops.BatchIFFT3D tensorflow.python.ops.gen_spectral_ops.BatchIFFT3D tensorflow.python.ops.gen_spectral_ops.batch_ifft3d
tensor@6 tensorflow.raw_ops.BatchMatMul tensorflow.python.ops.gen_math_ops.BatchMatMul tensorflow.python.ops.gen_math_ops.batch_mat_mul tensorflow.python.ops.math_ops.BatchMatMul tensorflow.python.ops.standard_ops.BatchMatMul
tensor@6 tensorflow.raw_ops.BatchMatMulV2 tensorflow.python.ops.gen_math_ops.BatchMatMulV2 tensorflow.python.ops.gen_math_ops.batch_mat_mul_v2 tensorflow.python.ops.math_ops.BatchMatMulV2 tensorflow.python.ops.standard_ops.BatchMatMulV2
tensor@7 tensorflow.raw_ops.BatchMatMulV3 tensorflow.python.ops.gen_math_ops.BatchMatMulV3 tensorflow.python.ops.gen_math_ops.batch_mat_mul_v3 tensorflow.python.ops.math_ops.BatchMatMulV3 tensorflow.python.ops.standard_ops.BatchMatMulV3
tensor@3 tensorflow.raw_ops.BatchMatrixBandPart tensorflow.python.ops.array_ops.BatchMatrixBandPart tensorflow.python.ops.gen_array_ops.BatchMatrixBandPart tensorflow.python.ops.gen_array_ops.batch_matrix_band_part tensorflow.python.ops.standard_ops.BatchMatrixBandPart
tensor@1 tensorflow.raw_ops.BatchMatrixDeterminant tensorflow.python.ops.gen_linalg_ops.BatchMatrixDeterminant tensorflow.python.ops.gen_linalg_ops.batch_matrix_determinant tensorflow.python.ops.linalg_ops.BatchMatrixDeterminant tensorflow.python.ops.standard_ops.BatchMatrixDeterminant
tensor@1 tensorflow.raw_ops.BatchMatrixDiag tensorflow.python.ops.array_ops.BatchMatrixDiag tensorflow.python.ops.gen_array_ops.BatchMatrixDiag tensorflow.python.ops.gen_array_ops.batch_matrix_diag tensorflow.python.ops.standard_ops.BatchMatrixDiag
tensor@1 tensorflow.raw_ops.BatchMatrixDiagPart tensorflow.python.ops.array_ops.BatchMatrixDiagPart tensorflow.python.ops.gen_array_ops.BatchMatrixDiagPart tensorflow.python.ops.gen_array_ops.batch_matrix_diag_part tensorflow.python.ops.standard_ops.BatchMatrixDiagPart
tensor@2 tensorflow.raw_ops.BatchMatrixInverse tensorflow.python.ops.gen_linalg_ops.BatchMatrixInverse tensorflow.python.ops.gen_linalg_ops.batch_matrix_inverse tensorflow.python.ops.linalg_ops.BatchMatrixInverse tensorflow.python.ops.standard_ops.BatchMatrixInverse
tensor@2 tensorflow.raw_ops.BatchMatrixSetDiag tensorflow.python.ops.array_ops.BatchMatrixSetDiag tensorflow.python.ops.gen_array_ops.BatchMatrixSetDiag tensorflow.python.ops.gen_array_ops.batch_matrix_set_diag tensorflow.python.ops.standard_ops.BatchMatrixSetDiag
tensor@3 tensorflow.raw_ops.BatchMatrixSolve tensorflow.python.ops.gen_linalg_ops.BatchMatrixSolve tensorflow.python.ops.gen_linalg_ops.batch_matrix_solve tensorflow.python.ops.linalg_ops.BatchMatrixSolve tensorflow.python.ops.standard_ops.BatchMatrixSolve
tensor@4 tensorflow.raw_ops.BatchMatrixSolveLs tensorflow.python.ops.gen_linalg_ops.BatchMatrixSolveLs tensorflow.python.ops.gen_linalg_ops.batch_matrix_solve_ls tensorflow.python.ops.linalg_ops.BatchMatrixSolveLs tensorflow.python.ops.standard_ops.BatchMatrixSolveLs
tensor@4 tensorflow.raw_ops.BatchMatrixTriangularSolve tensorflow.python.ops.gen_linalg_ops.BatchMatrixTriangularSolve tensorflow.python.ops.gen_linalg_ops.batch_matrix_triangular_solve tensorflow.python.ops.linalg_ops.BatchMatrixTriangularSolve tensorflow.python.ops.standard_ops.BatchMatrixTriangularSolve
tensor@7 tensorflow.raw_ops.BatchNormWithGlobalNormalization tensorflow.python.ops.gen_nn_ops.BatchNormWithGlobalNormalization tensorflow.python.ops.gen_nn_ops._batch_norm_with_global_normalization tensorflow.python.ops.nn.BatchNormWithGlobalNormalization tensorflow.python.ops.nn_ops.BatchNormWithGlobalNormalization
tensor_list@7 tensorflow.raw_ops.BatchNormWithGlobalNormalizationGrad tensorflow.python.ops.gen_nn_ops.BatchNormWithGlobalNormalizationGrad tensorflow.python.ops.gen_nn_ops.batch_norm_with_global_normalization_grad tensorflow.python.ops.nn.BatchNormWithGlobalNormalizationGrad tensorflow.python.ops.nn_ops.BatchNormWithGlobalNormalizationGrad
tensor@1 tensorflow.raw_ops.BatchSelfAdjointEig tensorflow.python.ops.gen_linalg_ops.BatchSelfAdjointEig tensorflow.python.ops.gen_linalg_ops.batch_self_adjoint_eig tensorflow.python.ops.linalg_ops.BatchSelfAdjointEig tensorflow.python.ops.standard_ops.BatchSelfAdjointEig
tensor_list@2 tensorflow.raw_ops.BatchSelfAdjointEigV2 tensorflow.python.ops.gen_linalg_ops.BatchSelfAdjointEigV2 tensorflow.python.ops.gen_linalg_ops.batch_self_adjoint_eig_v2 tensorflow.python.ops.linalg_ops.BatchSelfAdjointEigV2 tensorflow.python.ops.standard_ops.BatchSelfAdjointEigV2
tensor_list@3 tensorflow.raw_ops.BatchSvd tensorflow.python.ops.gen_linalg_ops.BatchSvd tensorflow.python.ops.gen_linalg_ops.batch_svd tensorflow.python.ops.linalg_ops.BatchSvd tensorflow.python.ops.standard_ops.BatchSvd
tensor@3 tensorflow.raw_ops.BatchToSpace tensorflow.python.ops.array_ops.BatchToSpace tensorflow.python.ops.gen_array_ops.BatchToSpace tensorflow.python.ops.gen_array_ops.batch_to_space tensorflow.python.ops.standard_ops.BatchToSpace
tensor@3 tensorflow.raw_ops.BatchToSpaceND tensorflow.compat.v1.batch_to_space_nd tensorflow.compat.v1.manip.batch_to_space_nd tensorflow.python.ops.array_ops.BatchToSpaceND tensorflow.python.ops.array_ops.batch_to_space_nd tensorflow.python.ops.gen_array_ops.BatchToSpaceND tensorflow.python.ops.gen_array_ops.batch_to_space_nd tensorflow.python.ops.standard_ops.BatchToSpaceND tensorflow.python.ops.standard_ops.batch_to_space_nd
tensor@1 tensorflow.raw_ops.BesselI0 tensorflow.python.ops.gen_special_math_ops.BesselI0 tensorflow.python.ops.gen_special_math_ops.bessel_i0
tensor@1 tensorflow.raw_ops.BesselI0e tensorflow.python.ops.gen_special_math_ops.BesselI0e tensorflow.python.ops.gen_special_math_ops.bessel_i0e
tensor@1 tensorflow.raw_ops.BesselI1 tensorflow.python.ops.gen_special_math_ops.BesselI1 tensorflow.python.ops.gen_special_math_ops.bessel_i1
tensor@1 tensorflow.raw_ops.BesselI1e tensorflow.python.ops.gen_special_math_ops.BesselI1e tensorflow.python.ops.gen_special_math_ops.bessel_i1e
tensor@1 tensorflow.raw_ops.BesselJ0 tensorflow.python.ops.gen_special_math_ops.BesselJ0 tensorflow.python.ops.gen_special_math_ops.bessel_j0
tensor@1 tensorflow.raw_ops.BesselJ1 tensorflow.python.ops.gen_special_math_ops.BesselJ1 tensorflow.python.ops.gen_special_math_ops.bessel_j1
tensor@1 tensorflow.raw_ops.BesselK0 tensorflow.python.ops.gen_special_math_ops.BesselK0 tensorflow.python.ops.gen_special_math_ops.bessel_k0
tensor@1 tensorflow.raw_ops.BesselK0e tensorflow.python.ops.gen_special_math_ops.BesselK0e tensorflow.python.ops.gen_special_math_ops.bessel_k0e
tensor@1 tensorflow.raw_ops.BesselK1 tensorflow.python.ops.gen_special_math_ops.BesselK1 tensorflow.python.ops.gen_special_math_ops.bessel_k1
tensor@1 tensorflow.raw_ops.BesselK1e tensorflow.python.ops.gen_special_math_ops.BesselK1e tensorflow.python.ops.gen_special_math_ops.bessel_k1e
tensor@1 tensorflow.raw_ops.BesselY0 tensorflow.python.ops.gen_special_math_ops.BesselY0 tensorflow.python.ops.gen_special_math_ops.bessel_y0
tensor@1 tensorflow.raw_ops.BesselY1 tensorflow.python.ops.gen_special_math_ops.BesselY1 tensorflow.python.ops.gen_special_math_ops.bessel_y1
tensor@3 tensorflow.raw_ops.Betainc tensorflow.compat.v1.betainc tensorflow.math.betainc tensorflow.python.ops.gen_math_ops.Betainc tensorflow.python.ops.gen_math_ops.betainc tensorflow.python.ops.math_ops.Betainc tensorflow.python.ops.math_ops.betainc tensorflow.python.ops.standard_ops.Betainc tensorflow.python.ops.standard_ops.betainc
tensor@3 tensorflow.raw_ops.BiasAdd tensorflow.python.ops.gen_nn_ops.BiasAdd tensorflow.python.ops.gen_nn_ops.bias_add tensorflow.python.ops.nn.BiasAdd tensorflow.python.ops.nn_ops.BiasAdd
tensor@2 tensorflow.raw_ops.BiasAddGrad tensorflow.python.ops.gen_nn_ops.BiasAddGrad tensorflow.python.ops.gen_nn_ops.bias_add_grad tensorflow.python.ops.nn.BiasAddGrad tensorflow.python.ops.nn_ops.BiasAddGrad
tensor@2 tensorflow.raw_ops.BiasAddV1 tensorflow.python.ops.gen_nn_ops.BiasAddV1 tensorflow.python.ops.gen_nn_ops.bias_add_v1 tensorflow.python.ops.nn.BiasAddV1 tensorflow.python.ops.nn_ops.BiasAddV1
tensor@3 tensorflow.raw_ops.Bincount tensorflow.python.ops.gen_math_ops.Bincount tensorflow.python.ops.gen_math_ops.bincount tensorflow.python.ops.math_ops.Bincount tensorflow.python.ops.standard_ops.Bincount
tensor@2 tensorflow.raw_ops.BitwiseAnd tensorflow.bitwise.bitwise_and tensorflow.python.ops.bitwise_ops.BitwiseAnd tensorflow.python.ops.bitwise_ops.bitwise_and tensorflow.python.ops.gen_bitwise_ops.BitwiseAnd tensorflow.python.ops.gen_bitwise_ops.bitwise_and
tensor@2 tensorflow.raw_ops.BitwiseOr tensorflow.bitwise.bitwise_or tensorflow.python.ops.bitwise_ops.BitwiseOr tensorflow.python.ops.bitwise_ops.bitwise_or tensorflow.python.ops.gen_bitwise_ops.BitwiseOr tensorflow.python.ops.gen_bitwise_ops.bitwise_or
tensor@2 tensorflow.raw_ops.BitwiseXor tensorflow.bitwise.bitwise_xor tensorflow.python.ops.bitwise_ops.BitwiseXor tensorflow.python.ops.bitwise_ops.bitwise_xor tensorflow.python.ops.gen_bitwise_ops.BitwiseXor tensorflow.python.ops.gen_bitwise_ops.bitwise_xor
tensor_list@12 tensorflow.raw_ops.BlockLSTM tensorflow.python.ops.gen_rnn_ops.BlockLSTM tensorflow.python.ops.gen_rnn_ops.block_lstm
tensor_list@19 tensorflow.raw_ops.BlockLSTMGrad tensorflow.python.ops.gen_rnn_ops.BlockLSTMGrad tensorflow.python.ops.gen_rnn_ops.block_lstm_grad
tensor_list@19 tensorflow.raw_ops.BlockLSTMGradV2 tensorflow.python.ops.gen_rnn_ops.BlockLSTMGradV2 tensorflow.python.ops.gen_rnn_ops.block_lstm_grad_v2
tensor_list@11 tensorflow.raw_ops.BlockLSTMV2 tensorflow.python.ops.gen_rnn_ops.BlockLSTMV2 tensorflow.python.ops.gen_rnn_ops.block_lstmv2
tensor@6 tensorflow.raw_ops.BoostedTreesAggregateStats tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesAggregateStats tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_aggregate_stats
tensor_list@2 tensorflow.raw_ops.BoostedTreesBucketize tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesBucketize tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_bucketize
tensor_list@8 tensorflow.raw_ops.BoostedTreesCalculateBestFeatureSplit tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesCalculateBestFeatureSplit tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_calculate_best_feature_split
tensor_list@9 tensorflow.raw_ops.BoostedTreesCalculateBestFeatureSplitV2 tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesCalculateBestFeatureSplitV2 tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_calculate_best_feature_split_v2
tensor_list@7 tensorflow.raw_ops.BoostedTreesCalculateBestGainsPerFeature tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesCalculateBestGainsPerFeature tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_calculate_best_gains_per_feature
tensor@5 tensorflow.raw_ops.BoostedTreesCenterBias tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesCenterBias tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_center_bias
none@3 tensorflow.raw_ops.BoostedTreesCreateEnsemble tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesCreateEnsemble tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_create_ensemble
none@4 tensorflow.raw_ops.BoostedTreesCreateQuantileStreamResource tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesCreateQuantileStreamResource tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_create_quantile_stream_resource
none@3 tensorflow.raw_ops.BoostedTreesDeserializeEnsemble tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesDeserializeEnsemble tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_deserialize_ensemble
tensor@2 tensorflow.raw_ops.BoostedTreesEnsembleResourceHandleOp tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesEnsembleResourceHandleOp tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_ensemble_resource_handle_op
tensor@3 tensorflow.raw_ops.BoostedTreesExampleDebugOutputs tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesExampleDebugOutputs tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_example_debug_outputs
tensor_list@2 tensorflow.raw_ops.BoostedTreesFlushQuantileSummaries tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesFlushQuantileSummaries tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_flush_quantile_summaries
tensor_list@1 tensorflow.raw_ops.BoostedTreesGetEnsembleStates tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesGetEnsembleStates tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_get_ensemble_states
tensor_list@3 tensorflow.raw_ops.BoostedTreesMakeQuantileSummaries tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesMakeQuantileSummaries tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_make_quantile_summaries
tensor@6 tensorflow.raw_ops.BoostedTreesMakeStatsSummary tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesMakeStatsSummary tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_make_stats_summary
tensor@3 tensorflow.raw_ops.BoostedTreesPredict tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesPredict tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_predict
none@2 tensorflow.raw_ops.BoostedTreesQuantileStreamResourceAddSummaries tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesQuantileStreamResourceAddSummaries tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_quantile_stream_resource_add_summaries
none@2 tensorflow.raw_ops.BoostedTreesQuantileStreamResourceDeserialize tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesQuantileStreamResourceDeserialize tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_quantile_stream_resource_deserialize
none@3 tensorflow.raw_ops.BoostedTreesQuantileStreamResourceFlush tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesQuantileStreamResourceFlush tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_quantile_stream_resource_flush
tensor_list@2 tensorflow.raw_ops.BoostedTreesQuantileStreamResourceGetBucketBoundaries tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesQuantileStreamResourceGetBucketBoundaries tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_quantile_stream_resource_get_bucket_boundaries
tensor@2 tensorflow.raw_ops.BoostedTreesQuantileStreamResourceHandleOp tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesQuantileStreamResourceHandleOp tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_quantile_stream_resource_handle_op
tensor_list@1 tensorflow.raw_ops.BoostedTreesSerializeEnsemble tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesSerializeEnsemble tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_serialize_ensemble
tensor_list@8 tensorflow.raw_ops.BoostedTreesSparseAggregateStats tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesSparseAggregateStats tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_sparse_aggregate_stats
tensor_list@10 tensorflow.raw_ops.BoostedTreesSparseCalculateBestFeatureSplit tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesSparseCalculateBestFeatureSplit tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_sparse_calculate_best_feature_split
tensor_list@5 tensorflow.raw_ops.BoostedTreesTrainingPredict tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesTrainingPredict tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_training_predict
none@10 tensorflow.raw_ops.BoostedTreesUpdateEnsemble tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesUpdateEnsemble tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_update_ensemble
none@13 tensorflow.raw_ops.BoostedTreesUpdateEnsembleV2 tensorflow.python.ops.gen_boosted_trees_ops.BoostedTreesUpdateEnsembleV2 tensorflow.python.ops.gen_boosted_trees_ops.boosted_trees_update_ensemble_v2
tensor@2 tensorflow.raw_ops.BroadcastArgs tensorflow.python.ops.array_ops.BroadcastArgs tensorflow.python.ops.gen_array_ops.BroadcastArgs tensorflow.python.ops.gen_array_ops.broadcast_args tensorflow.python.ops.standard_ops.BroadcastArgs
tensor_list@2 tensorflow.raw_ops.BroadcastGradientArgs tensorflow.python.ops.array_ops.BroadcastGradientArgs tensorflow.python.ops.gen_array_ops.BroadcastGradientArgs tensorflow.python.ops.gen_array_ops.broadcast_gradient_args tensorflow.python.ops.standard_ops.BroadcastGradientArgs
tensor@2 tensorflow.raw_ops.Bucketize tensorflow.python.ops.gen_math_ops.Bucketize tensorflow.python.ops.gen_math_ops.bucketize tensorflow.python.ops.math_ops.Bucketize tensorflow.python.ops.standard_ops.Bucketize
tensor@4 tensorflow.raw_ops.BytesProducedStatsDataset tensorflow.python.ops.gen_experimental_dataset_ops.BytesProducedStatsDataset tensorflow.python.ops.gen_experimental_dataset_ops.bytes_produced_stats_dataset
tensor_list@3 tensorflow.raw_ops.CSRSparseMatrixComponents tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.CSRSparseMatrixComponents tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.csr_sparse_matrix_components tensorflow.python.ops.linalg.sparse.sparse_csr_matrix_ops.CSRSparseMatrixComponents
tensor@2 tensorflow.raw_ops.CSRSparseMatrixToDense tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.CSRSparseMatrixToDense tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.csr_sparse_matrix_to_dense tensorflow.python.ops.linalg.sparse.sparse_csr_matrix_ops.CSRSparseMatrixToDense
tensor_list@2 tensorflow.raw_ops.CSRSparseMatrixToSparseTensor tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.CSRSparseMatrixToSparseTensor tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.csr_sparse_matrix_to_sparse_tensor tensorflow.python.ops.linalg.sparse.sparse_csr_matrix_ops.CSRSparseMatrixToSparseTensor
tensor@10 tensorflow.raw_ops.CSVDataset tensorflow.python.ops.gen_experimental_dataset_ops.CSVDataset tensorflow.python.ops.gen_experimental_dataset_ops.csv_dataset
tensor@11 tensorflow.raw_ops.CSVDatasetV2 tensorflow.python.ops.gen_experimental_dataset_ops.CSVDatasetV2 tensorflow.python.ops.gen_experimental_dataset_ops.csv_dataset_v2
tensor_list@5 tensorflow.raw_ops.CTCBeamSearchDecoder tensorflow.python.ops.gen_ctc_ops.CTCBeamSearchDecoder tensorflow.python.ops.gen_ctc_ops.ctc_beam_search_decoder
tensor_list@4 tensorflow.raw_ops.CTCGreedyDecoder tensorflow.python.ops.gen_ctc_ops.CTCGreedyDecoder tensorflow.python.ops.gen_ctc_ops.ctc_greedy_decoder
tensor_list@7 tensorflow.raw_ops.CTCLoss tensorflow.python.ops.gen_ctc_ops.CTCLoss tensorflow.python.ops.gen_ctc_ops.ctc_loss
tensor_list@7 tensorflow.raw_ops.CTCLossV2 tensorflow.python.ops.gen_ctc_ops.CTCLossV2 tensorflow.python.ops.gen_ctc_ops.ctc_loss_v2
tensor@5 tensorflow.raw_ops.CacheDataset tensorflow.python.ops.gen_dataset_ops.CacheDataset tensorflow.python.ops.gen_dataset_ops.cache_dataset
tensor@6 tensorflow.raw_ops.CacheDatasetV2 tensorflow.python.ops.gen_dataset_ops.CacheDatasetV2 tensorflow.python.ops.gen_dataset_ops.cache_dataset_v2
tensor_list@5 tensorflow.raw_ops.Case tensorflow.python.ops.gen_functional_ops.Case tensorflow.python.ops.gen_functional_ops.case
tensor@3 tensorflow.raw_ops.Cast tensorflow.python.ops.gen_math_ops.Cast tensorflow.python.ops.gen_math_ops.cast tensorflow.python.ops.math_ops.Cast tensorflow.python.ops.standard_ops.Cast
tensor@1 tensorflow.raw_ops.Ceil tensorflow.python.ops.gen_math_ops.Ceil tensorflow.python.ops.gen_math_ops.ceil tensorflow.python.ops.math_ops.Ceil tensorflow.python.ops.standard_ops.Ceil
tensor@2 tensorflow.raw_ops.CheckNumerics tensorflow.compat.v1.check_numerics tensorflow.debugging.check_numerics tensorflow.python.ops.array_ops.CheckNumerics tensorflow.python.ops.array_ops.check_numerics tensorflow.python.ops.gen_array_ops.CheckNumerics tensorflow.python.ops.gen_array_ops.check_numerics tensorflow.python.ops.standard_ops.CheckNumerics tensorflow.python.ops.standard_ops.check_numerics
tensor@2 tensorflow.raw_ops.CheckNumericsV2 tensorflow.python.ops.array_ops.CheckNumericsV2 tensorflow.python.ops.gen_array_ops.CheckNumericsV2 tensorflow.python.ops.gen_array_ops.check_numerics_v2 tensorflow.python.ops.standard_ops.CheckNumericsV2
tensor@1 tensorflow.raw_ops.Cholesky tensorflow.compat.v1.cholesky tensorflow.linalg.cholesky tensorflow.python.ops.gen_linalg_ops.Cholesky tensorflow.python.ops.gen_linalg_ops.cholesky tensorflow.python.ops.linalg.linalg_impl.cholesky tensorflow.python.ops.linalg_ops.Cholesky tensorflow.python.ops.linalg_ops.cholesky tensorflow.python.ops.standard_ops.Cholesky tensorflow.python.ops.standard_ops.cholesky
tensor@2 tensorflow.raw_ops.CholeskyGrad tensorflow.python.ops.gen_linalg_ops.CholeskyGrad tensorflow.python.ops.gen_linalg_ops.cholesky_grad tensorflow.python.ops.linalg_ops.CholeskyGrad tensorflow.python.ops.standard_ops.CholeskyGrad
tensor@9 tensorflow.raw_ops.ChooseFastestBranchDataset tensorflow.python.ops.gen_experimental_dataset_ops.ChooseFastestBranchDataset tensorflow.python.ops.gen_experimental_dataset_ops.choose_fastest_branch_dataset
tensor@4 tensorflow.raw_ops.ChooseFastestDataset tensorflow.python.ops.gen_experimental_dataset_ops.ChooseFastestDataset tensorflow.python.ops.gen_experimental_dataset_ops.choose_fastest_dataset
tensor@3 tensorflow.raw_ops.ClipByValue tensorflow.python.ops.gen_math_ops.ClipByValue tensorflow.python.ops.gen_math_ops._clip_by_value tensorflow.python.ops.math_ops.ClipByValue tensorflow.python.ops.standard_ops.ClipByValue
none@1 tensorflow.raw_ops.CloseSummaryWriter tensorflow.python.ops.gen_summary_ops.CloseSummaryWriter tensorflow.python.ops.gen_summary_ops.close_summary_writer
tensor@8 tensorflow.raw_ops.CollectiveAllToAllV2 tensorflow.python.ops.gen_collective_ops.CollectiveAllToAllV2 tensorflow.python.ops.gen_collective_ops.collective_all_to_all_v2
tensor@4 tensorflow.raw_ops.CollectiveAllToAllV3 tensorflow.python.ops.gen_collective_ops.CollectiveAllToAllV3 tensorflow.python.ops.gen_collective_ops.collective_all_to_all_v3
tensor_list@3 tensorflow.raw_ops.CollectiveAssignGroupV2 tensorflow.python.ops.gen_collective_ops.CollectiveAssignGroupV2 tensorflow.python.ops.gen_collective_ops.collective_assign_group_v2
tensor@7 tensorflow.raw_ops.CollectiveBcastRecv tensorflow.python.ops.gen_collective_ops.CollectiveBcastRecv tensorflow.python.ops.gen_collective_ops.collective_bcast_recv
tensor@7 tensorflow.raw_ops.CollectiveBcastRecvV2 tensorflow.python.ops.gen_collective_ops.CollectiveBcastRecvV2 tensorflow.python.ops.gen_collective_ops.collective_bcast_recv_v2
tensor@7 tensorflow.raw_ops.CollectiveBcastSend tensorflow.python.ops.gen_collective_ops.CollectiveBcastSend tensorflow.python.ops.gen_collective_ops.collective_bcast_send
tensor@6 tensorflow.raw_ops.CollectiveBcastSendV2 tensorflow.python.ops.gen_collective_ops.CollectiveBcastSendV2 tensorflow.python.ops.gen_collective_ops.collective_bcast_send_v2
tensor@7 tensorflow.raw_ops.CollectiveGather tensorflow.python.ops.gen_collective_ops.CollectiveGather tensorflow.python.ops.gen_collective_ops.collective_gather
tensor@8 tensorflow.raw_ops.CollectiveGatherV2 tensorflow.python.ops.gen_collective_ops.CollectiveGatherV2 tensorflow.python.ops.gen_collective_ops.collective_gather_v2
tensor@5 tensorflow.raw_ops.CollectiveInitializeCommunicator tensorflow.python.ops.gen_collective_ops.CollectiveInitializeCommunicator tensorflow.python.ops.gen_collective_ops.collective_initialize_communicator
tensor@2 tensorflow.raw_ops.CollectivePermute tensorflow.python.ops.gen_tpu_ops.CollectivePermute tensorflow.python.ops.gen_tpu_ops.collective_permute tensorflow.python.tpu.ops.tpu_ops.CollectivePermute
tensor@10 tensorflow.raw_ops.CollectiveReduce tensorflow.python.ops.gen_collective_ops.CollectiveReduce tensorflow.python.ops.gen_collective_ops.collective_reduce
tensor@11 tensorflow.raw_ops.CollectiveReduceScatterV2 tensorflow.python.ops.gen_collective_ops.CollectiveReduceScatterV2 tensorflow.python.ops.gen_collective_ops.collective_reduce_scatter_v2
tensor@11 tensorflow.raw_ops.CollectiveReduceV2 tensorflow.python.ops.gen_collective_ops.CollectiveReduceV2 tensorflow.python.ops.gen_collective_ops.collective_reduce_v2
tensor@5 tensorflow.raw_ops.CollectiveReduceV3 tensorflow.python.ops.gen_collective_ops.CollectiveReduceV3 tensorflow.python.ops.gen_collective_ops.collective_reduce_v3
tensor_list@8 tensorflow.raw_ops.CombinedNonMaxSuppression tensorflow.python.ops.gen_image_ops.CombinedNonMaxSuppression tensorflow.python.ops.gen_image_ops.combined_non_max_suppression tensorflow.python.ops.image_ops.CombinedNonMaxSuppression
tensor@3 tensorflow.raw_ops.Complex tensorflow.python.ops.gen_math_ops.Complex tensorflow.python.ops.gen_math_ops._complex tensorflow.python.ops.math_ops.Complex tensorflow.python.ops.standard_ops.Complex
tensor@2 tensorflow.raw_ops.ComplexAbs tensorflow.python.ops.gen_math_ops.ComplexAbs tensorflow.python.ops.gen_math_ops.complex_abs tensorflow.python.ops.math_ops.ComplexAbs tensorflow.python.ops.standard_ops.ComplexAbs
tensor@2 tensorflow.raw_ops.CompositeTensorVariantFromComponents tensorflow.python.ops.gen_composite_tensor_ops.CompositeTensorVariantFromComponents tensorflow.python.ops.gen_composite_tensor_ops.composite_tensor_variant_from_components
tensor_list@3 tensorflow.raw_ops.CompositeTensorVariantToComponents tensorflow.python.ops.gen_composite_tensor_ops.CompositeTensorVariantToComponents tensorflow.python.ops.gen_composite_tensor_ops.composite_tensor_variant_to_components
tensor@1 tensorflow.raw_ops.CompressElement tensorflow.python.ops.gen_experimental_dataset_ops.CompressElement tensorflow.python.ops.gen_experimental_dataset_ops.compress_element
tensor_list@5 tensorflow.raw_ops.ComputeAccidentalHits tensorflow.python.ops.gen_candidate_sampling_ops.ComputeAccidentalHits tensorflow.python.ops.gen_candidate_sampling_ops.compute_accidental_hits
tensor@1 tensorflow.raw_ops.ComputeBatchSize tensorflow.python.ops.gen_experimental_dataset_ops.ComputeBatchSize tensorflow.python.ops.gen_experimental_dataset_ops.compute_batch_size
tensor@2 tensorflow.raw_ops.Concat tensorflow.python.ops.array_ops.Concat tensorflow.python.ops.gen_array_ops.Concat tensorflow.python.ops.gen_array_ops.concat tensorflow.python.ops.standard_ops.Concat
tensor_list@2 tensorflow.raw_ops.ConcatOffset tensorflow.python.ops.array_ops.ConcatOffset tensorflow.python.ops.gen_array_ops.ConcatOffset tensorflow.python.ops.gen_array_ops.concat_offset tensorflow.python.ops.standard_ops.ConcatOffset
tensor@2 tensorflow.raw_ops.ConcatV2 tensorflow.python.ops.array_ops.ConcatV2 tensorflow.python.ops.gen_array_ops.ConcatV2 tensorflow.python.ops.gen_array_ops.concat_v2 tensorflow.python.ops.standard_ops.ConcatV2
tensor@5 tensorflow.raw_ops.ConcatenateDataset tensorflow.python.ops.gen_dataset_ops.ConcatenateDataset tensorflow.python.ops.gen_dataset_ops.concatenate_dataset
tensor@5 tensorflow.raw_ops.ConditionalAccumulator tensorflow.python.ops.gen_data_flow_ops.ConditionalAccumulator tensorflow.python.ops.gen_data_flow_ops.conditional_accumulator
tensor@6 tensorflow.raw_ops.ConfigureDistributedTPU tensorflow.python.ops.gen_tpu_ops.ConfigureDistributedTPU tensorflow.python.ops.gen_tpu_ops.configure_distributed_tpu tensorflow.python.tpu.ops.tpu_ops.ConfigureDistributedTPU
none@1 tensorflow.raw_ops.ConfigureTPUEmbedding tensorflow.python.ops.gen_tpu_ops.ConfigureTPUEmbedding tensorflow.python.ops.gen_tpu_ops.configure_tpu_embedding tensorflow.python.tpu.ops.tpu_ops.ConfigureTPUEmbedding
tensor@1 tensorflow.raw_ops.Conj tensorflow.python.ops.gen_math_ops.Conj tensorflow.python.ops.gen_math_ops.conj tensorflow.python.ops.math_ops.Conj tensorflow.python.ops.standard_ops.Conj
tensor@2 tensorflow.raw_ops.ConjugateTranspose tensorflow.python.ops.array_ops.ConjugateTranspose tensorflow.python.ops.gen_array_ops.ConjugateTranspose tensorflow.python.ops.gen_array_ops.conjugate_transpose tensorflow.python.ops.standard_ops.ConjugateTranspose
tensor@2 tensorflow.raw_ops.Const tensorflow.python.ops.array_ops.Const tensorflow.python.ops.gen_array_ops.Const tensorflow.python.ops.gen_array_ops.const tensorflow.python.ops.standard_ops.Const
none@1 tensorflow.raw_ops.ConsumeMutexLock tensorflow.python.ops.gen_resource_variable_ops.ConsumeMutexLock tensorflow.python.ops.gen_resource_variable_ops.consume_mutex_lock tensorflow.python.ops.resource_variable_ops.ConsumeMutexLock
none@0 tensorflow.raw_ops.ControlTrigger tensorflow.python.ops.control_flow_grad.ControlTrigger tensorflow.python.ops.control_flow_ops.ControlTrigger tensorflow.python.ops.gen_control_flow_ops.ControlTrigger tensorflow.python.ops.gen_control_flow_ops.control_trigger
tensor@8 tensorflow.raw_ops.Conv2D tensorflow.python.ops.gen_nn_ops.Conv2D tensorflow.python.ops.gen_nn_ops.conv2d tensorflow.python.ops.nn.Conv2D tensorflow.python.ops.nn_ops.Conv2D
tensor@9 tensorflow.raw_ops.Conv2DBackpropFilter tensorflow.python.ops.gen_nn_ops.Conv2DBackpropFilter tensorflow.python.ops.gen_nn_ops.conv2d_backprop_filter tensorflow.python.ops.nn.Conv2DBackpropFilter tensorflow.python.ops.nn_ops.Conv2DBackpropFilter
tensor@9 tensorflow.raw_ops.Conv2DBackpropInput tensorflow.python.ops.gen_nn_ops.Conv2DBackpropInput tensorflow.python.ops.gen_nn_ops.conv2d_backprop_input tensorflow.python.ops.nn.Conv2DBackpropInput tensorflow.python.ops.nn_ops.Conv2DBackpropInput
tensor@6 tensorflow.raw_ops.Conv3D tensorflow.python.ops.gen_nn_ops.Conv3D tensorflow.python.ops.gen_nn_ops.conv3d tensorflow.python.ops.nn.Conv3D tensorflow.python.ops.nn_ops.Conv3D
tensor@6 tensorflow.raw_ops.Conv3DBackpropFilter tensorflow.python.ops.gen_nn_ops.Conv3DBackpropFilter tensorflow.python.ops.gen_nn_ops.conv3d_backprop_filter tensorflow.python.ops.nn.Conv3DBackpropFilter tensorflow.python.ops.nn_ops.Conv3DBackpropFilter
tensor@7 tensorflow.raw_ops.Conv3DBackpropFilterV2 tensorflow.compat.v1.nn.conv3d_backprop_filter tensorflow.compat.v1.nn.conv3d_backprop_filter_v2 tensorflow.python.ops.gen_nn_ops.Conv3DBackpropFilterV2 tensorflow.python.ops.gen_nn_ops.conv3d_backprop_filter_v2 tensorflow.python.ops.nn.Conv3DBackpropFilterV2 tensorflow.python.ops.nn.conv3d_backprop_filter_v2 tensorflow.python.ops.nn_ops.Conv3DBackpropFilterV2 tensorflow.python.ops.nn_ops.conv3d_backprop_filter_v2
tensor@6 tensorflow.raw_ops.Conv3DBackpropInput tensorflow.python.ops.gen_nn_ops.Conv3DBackpropInput tensorflow.python.ops.gen_nn_ops.conv3d_backprop_input tensorflow.python.ops.nn.Conv3DBackpropInput tensorflow.python.ops.nn_ops.Conv3DBackpropInput
tensor@7 tensorflow.raw_ops.Conv3DBackpropInputV2 tensorflow.python.ops.gen_nn_ops.Conv3DBackpropInputV2 tensorflow.python.ops.gen_nn_ops.conv3d_backprop_input_v2 tensorflow.python.ops.nn.Conv3DBackpropInputV2 tensorflow.python.ops.nn_ops.Conv3DBackpropInputV2
tensor_list@5 tensorflow.raw_ops.ConvertToCooTensor tensorflow.python.tpu.ops.gen_xla_ops.ConvertToCooTensor tensorflow.python.tpu.ops.gen_xla_ops.convert_to_coo_tensor
tensor_list@11 tensorflow.raw_ops.ConvertToListOfSparseCoreCooTensors tensorflow.python.tpu.ops.gen_xla_ops.ConvertToListOfSparseCoreCooTensors tensorflow.python.tpu.ops.gen_xla_ops.convert_to_list_of_sparse_core_coo_tensors
tensor_list@13 tensorflow.raw_ops.ConvertToSparseCoreCsrWrappedCooTensor tensorflow.python.tpu.ops.gen_xla_ops.ConvertToSparseCoreCsrWrappedCooTensor tensorflow.python.tpu.ops.gen_xla_ops.convert_to_sparse_core_csr_wrapped_coo_tensor
tensor@3 tensorflow.raw_ops.Copy tensorflow.python.ops.gen_debug_ops.Copy tensorflow.python.ops.gen_debug_ops.copy
tensor@3 tensorflow.raw_ops.CopyHost tensorflow.python.ops.gen_debug_ops.CopyHost tensorflow.python.ops.gen_debug_ops.copy_host
tensor@2 tensorflow.raw_ops.CountUpTo tensorflow.python.ops.gen_state_ops.CountUpTo tensorflow.python.ops.gen_state_ops.count_up_to tensorflow.python.ops.state_ops.CountUpTo
none@5 tensorflow.raw_ops.CreateSummaryDbWriter tensorflow.python.ops.gen_summary_ops.CreateSummaryDbWriter tensorflow.python.ops.gen_summary_ops.create_summary_db_writer
none@5 tensorflow.raw_ops.CreateSummaryFileWriter tensorflow.python.ops.gen_summary_ops.CreateSummaryFileWriter tensorflow.python.ops.gen_summary_ops.create_summary_file_writer
tensor@6 tensorflow.raw_ops.CropAndResize tensorflow.python.ops.gen_image_ops.CropAndResize tensorflow.python.ops.gen_image_ops.crop_and_resize tensorflow.python.ops.image_ops.CropAndResize
tensor@5 tensorflow.raw_ops.CropAndResizeGradBoxes tensorflow.python.ops.gen_image_ops.CropAndResizeGradBoxes tensorflow.python.ops.gen_image_ops.crop_and_resize_grad_boxes tensorflow.python.ops.image_ops.CropAndResizeGradBoxes
tensor@6 tensorflow.raw_ops.CropAndResizeGradImage tensorflow.python.ops.gen_image_ops.CropAndResizeGradImage tensorflow.python.ops.gen_image_ops.crop_and_resize_grad_image tensorflow.python.ops.image_ops.CropAndResizeGradImage
tensor@2 tensorflow.raw_ops.Cross tensorflow.compat.v1.cross tensorflow.linalg.cross tensorflow.python.ops.gen_math_ops.Cross tensorflow.python.ops.gen_math_ops.cross tensorflow.python.ops.math_ops.Cross tensorflow.python.ops.math_ops.cross tensorflow.python.ops.standard_ops.Cross tensorflow.python.ops.standard_ops.cross
tensor@2 tensorflow.raw_ops.CrossReplicaSum tensorflow.python.ops.gen_tpu_ops.CrossReplicaSum tensorflow.python.ops.gen_tpu_ops.cross_replica_sum tensorflow.python.tpu.ops.tpu_ops.CrossReplicaSum
tensor_list@11 tensorflow.raw_ops.CudnnRNN tensorflow.python.ops.gen_cudnn_rnn_ops.CudnnRNN tensorflow.python.ops.gen_cudnn_rnn_ops.cudnn_rnn
tensor_list@17 tensorflow.raw_ops.CudnnRNNBackprop tensorflow.python.ops.gen_cudnn_rnn_ops.CudnnRNNBackprop tensorflow.python.ops.gen_cudnn_rnn_ops.cudnn_rnn_backprop
tensor_list@18 tensorflow.raw_ops.CudnnRNNBackpropV2 tensorflow.python.ops.gen_cudnn_rnn_ops.CudnnRNNBackpropV2 tensorflow.python.ops.gen_cudnn_rnn_ops.cudnn_rnn_backprop_v2
tensor_list@21 tensorflow.raw_ops.CudnnRNNBackpropV3 tensorflow.python.ops.gen_cudnn_rnn_ops.CudnnRNNBackpropV3 tensorflow.python.ops.gen_cudnn_rnn_ops.cudnn_rnn_backprop_v3
tensor@11 tensorflow.raw_ops.CudnnRNNCanonicalToParams tensorflow.python.ops.gen_cudnn_rnn_ops.CudnnRNNCanonicalToParams tensorflow.python.ops.gen_cudnn_rnn_ops.cudnn_rnn_canonical_to_params
tensor@12 tensorflow.raw_ops.CudnnRNNCanonicalToParamsV2 tensorflow.python.ops.gen_cudnn_rnn_ops.CudnnRNNCanonicalToParamsV2 tensorflow.python.ops.gen_cudnn_rnn_ops.cudnn_rnn_canonical_to_params_v2
tensor@12 tensorflow.raw_ops.CudnnRNNParamsSize tensorflow.python.ops.gen_cudnn_rnn_ops.CudnnRNNParamsSize tensorflow.python.ops.gen_cudnn_rnn_ops.cudnn_rnn_params_size
tensor_list@11 tensorflow.raw_ops.CudnnRNNParamsToCanonical tensorflow.python.ops.gen_cudnn_rnn_ops.CudnnRNNParamsToCanonical tensorflow.python.ops.gen_cudnn_rnn_ops.cudnn_rnn_params_to_canonical
tensor_list@13 tensorflow.raw_ops.CudnnRNNParamsToCanonicalV2 tensorflow.python.ops.gen_cudnn_rnn_ops.CudnnRNNParamsToCanonicalV2 tensorflow.python.ops.gen_cudnn_rnn_ops.cudnn_rnn_params_to_canonical_v2
tensor_list@11 tensorflow.raw_ops.CudnnRNNV2 tensorflow.python.ops.gen_cudnn_rnn_ops.CudnnRNNV2 tensorflow.python.ops.gen_cudnn_rnn_ops.cudnn_rnnv2
tensor_list@14 tensorflow.raw_ops.CudnnRNNV3 tensorflow.python.ops.gen_cudnn_rnn_ops.CudnnRNNV3 tensorflow.python.ops.gen_cudnn_rnn_ops.cudnn_rnnv3
tensor@4 tensorflow.raw_ops.Cumprod tensorflow.python.ops.gen_math_ops.Cumprod tensorflow.python.ops.gen_math_ops.cumprod tensorflow.python.ops.math_ops.Cumprod tensorflow.python.ops.standard_ops.Cumprod
tensor@4 tensorflow.raw_ops.Cumsum tensorflow.python.ops.gen_math_ops.Cumsum tensorflow.python.ops.gen_math_ops.cumsum tensorflow.python.ops.math_ops.Cumsum tensorflow.python.ops.standard_ops.Cumsum
tensor@4 tensorflow.raw_ops.CumulativeLogsumexp tensorflow.python.ops.gen_math_ops.CumulativeLogsumexp tensorflow.python.ops.gen_math_ops.cumulative_logsumexp tensorflow.python.ops.math_ops.CumulativeLogsumexp tensorflow.python.ops.standard_ops.CumulativeLogsumexp
tensor@3 tensorflow.raw_ops.DataFormatDimMap tensorflow.python.ops.gen_nn_ops.DataFormatDimMap tensorflow.python.ops.gen_nn_ops.data_format_dim_map tensorflow.python.ops.nn.DataFormatDimMap tensorflow.python.ops.nn_ops.DataFormatDimMap
tensor@3 tensorflow.raw_ops.DataFormatVecPermute tensorflow.python.ops.gen_nn_ops.DataFormatVecPermute tensorflow.python.ops.gen_nn_ops.data_format_vec_permute tensorflow.python.ops.nn.DataFormatVecPermute tensorflow.python.ops.nn_ops.DataFormatVecPermute
tensor@13 tensorflow.raw_ops.DataServiceDataset tensorflow.python.ops.gen_experimental_dataset_ops.DataServiceDataset tensorflow.python.ops.gen_experimental_dataset_ops.data_service_dataset
tensor@15 tensorflow.raw_ops.DataServiceDatasetV2 tensorflow.python.ops.gen_experimental_dataset_ops.DataServiceDatasetV2 tensorflow.python.ops.gen_experimental_dataset_ops.data_service_dataset_v2
tensor@17 tensorflow.raw_ops.DataServiceDatasetV3 tensorflow.python.ops.gen_experimental_dataset_ops.DataServiceDatasetV3 tensorflow.python.ops.gen_experimental_dataset_ops.data_service_dataset_v3
tensor@17 tensorflow.raw_ops.DataServiceDatasetV4 tensorflow.python.ops.gen_experimental_dataset_ops.DataServiceDatasetV4 tensorflow.python.ops.gen_experimental_dataset_ops.data_service_dataset_v4
tensor@2 tensorflow.raw_ops.DatasetCardinality tensorflow.python.ops.gen_dataset_ops.DatasetCardinality tensorflow.python.ops.gen_dataset_ops.dataset_cardinality
tensor@1 tensorflow.raw_ops.DatasetFingerprint tensorflow.python.ops.gen_dataset_ops.DatasetFingerprint tensorflow.python.ops.gen_dataset_ops.dataset_fingerprint
tensor@1 tensorflow.raw_ops.DatasetFromGraph tensorflow.python.ops.gen_experimental_dataset_ops.DatasetFromGraph tensorflow.python.ops.gen_experimental_dataset_ops.dataset_from_graph
tensor@4 tensorflow.raw_ops.DatasetToGraph tensorflow.python.ops.gen_dataset_ops.DatasetToGraph tensorflow.python.ops.gen_dataset_ops.dataset_to_graph
tensor@3 tensorflow.raw_ops.DatasetToGraphV2 tensorflow.python.ops.gen_dataset_ops.DatasetToGraphV2 tensorflow.python.ops.gen_dataset_ops.dataset_to_graph_v2
tensor_list@4 tensorflow.raw_ops.DatasetToSingleElement tensorflow.python.ops.gen_dataset_ops.DatasetToSingleElement tensorflow.python.ops.gen_dataset_ops.dataset_to_single_element
none@3 tensorflow.raw_ops.DatasetToTFRecord tensorflow.python.ops.gen_experimental_dataset_ops.DatasetToTFRecord tensorflow.python.ops.gen_experimental_dataset_ops.dataset_to_tf_record
tensor@1 tensorflow.raw_ops.Dawsn tensorflow.python.ops.gen_special_math_ops.Dawsn tensorflow.python.ops.gen_special_math_ops.dawsn
tensor@1 tensorflow.raw_ops.DebugGradientIdentity tensorflow.python.ops.array_ops.DebugGradientIdentity tensorflow.python.ops.gen_array_ops.DebugGradientIdentity tensorflow.python.ops.gen_array_ops.debug_gradient_identity tensorflow.python.ops.standard_ops.DebugGradientIdentity
tensor@1 tensorflow.raw_ops.DebugGradientRefIdentity tensorflow.python.ops.array_ops.DebugGradientRefIdentity tensorflow.python.ops.gen_array_ops.DebugGradientRefIdentity tensorflow.python.ops.gen_array_ops.debug_gradient_ref_identity tensorflow.python.ops.standard_ops.DebugGradientRefIdentity
tensor@5 tensorflow.raw_ops.DebugIdentity tensorflow.python.ops.gen_debug_ops.DebugIdentity tensorflow.python.ops.gen_debug_ops.debug_identity
tensor@8 tensorflow.raw_ops.DebugIdentityV2 tensorflow.python.ops.gen_debug_ops.DebugIdentityV2 tensorflow.python.ops.gen_debug_ops.debug_identity_v2
tensor@8 tensorflow.raw_ops.DebugIdentityV3 tensorflow.python.ops.gen_debug_ops.DebugIdentityV3 tensorflow.python.ops.gen_debug_ops.debug_identity_v3
tensor@5 tensorflow.raw_ops.DebugNanCount tensorflow.python.ops.gen_debug_ops.DebugNanCount tensorflow.python.ops.gen_debug_ops.debug_nan_count
tensor@8 tensorflow.raw_ops.DebugNumericSummary tensorflow.python.ops.gen_debug_ops.DebugNumericSummary tensorflow.python.ops.gen_debug_ops.debug_numeric_summary
tensor@4 tensorflow.raw_ops.DebugNumericSummaryV2 tensorflow.python.ops.gen_debug_ops.DebugNumericSummaryV2 tensorflow.python.ops.gen_debug_ops.debug_numeric_summary_v2
tensor@8 tensorflow.raw_ops.DecodeAndCropJpeg tensorflow.image.decode_and_crop_jpeg tensorflow.io.decode_and_crop_jpeg tensorflow.python.ops.gen_image_ops.DecodeAndCropJpeg tensorflow.python.ops.gen_image_ops.decode_and_crop_jpeg tensorflow.python.ops.image_ops.DecodeAndCropJpeg tensorflow.python.ops.image_ops.decode_and_crop_jpeg tensorflow.python.ops.image_ops_impl.decode_and_crop_jpeg
tensor@1 tensorflow.raw_ops.DecodeBase64 tensorflow.compat.v1.decode_base64 tensorflow.io.decode_base64 tensorflow.python.ops.gen_string_ops.DecodeBase64 tensorflow.python.ops.gen_string_ops.decode_base64 tensorflow.python.ops.standard_ops.DecodeBase64 tensorflow.python.ops.standard_ops.decode_base64 tensorflow.python.ops.string_ops.DecodeBase64 tensorflow.python.ops.string_ops.decode_base64
tensor@2 tensorflow.raw_ops.DecodeBmp tensorflow.image.decode_bmp tensorflow.io.decode_bmp tensorflow.python.ops.gen_image_ops.DecodeBmp tensorflow.python.ops.gen_image_ops.decode_bmp tensorflow.python.ops.image_ops.DecodeBmp tensorflow.python.ops.image_ops.decode_bmp tensorflow.python.ops.image_ops_impl.decode_bmp
tensor_list@6 tensorflow.raw_ops.DecodeCSV tensorflow.python.ops.gen_parsing_ops.DecodeCSV tensorflow.python.ops.gen_parsing_ops.decode_csv tensorflow.python.ops.parsing_ops.DecodeCSV tensorflow.python.ops.standard_ops.DecodeCSV
tensor@2 tensorflow.raw_ops.DecodeCompressed tensorflow.compat.v1.decode_compressed tensorflow.io.decode_compressed tensorflow.python.ops.gen_parsing_ops.DecodeCompressed tensorflow.python.ops.gen_parsing_ops.decode_compressed tensorflow.python.ops.parsing_ops.DecodeCompressed tensorflow.python.ops.parsing_ops.decode_compressed tensorflow.python.ops.standard_ops.DecodeCompressed tensorflow.python.ops.standard_ops.decode_compressed
tensor@1 tensorflow.raw_ops.DecodeGif tensorflow.image.decode_gif tensorflow.io.decode_gif tensorflow.python.ops.gen_image_ops.DecodeGif tensorflow.python.ops.gen_image_ops.decode_gif tensorflow.python.ops.image_ops.DecodeGif tensorflow.python.ops.image_ops.decode_gif tensorflow.python.ops.image_ops_impl.decode_gif
tensor@4 tensorflow.raw_ops.DecodeImage tensorflow.python.ops.gen_image_ops.DecodeImage tensorflow.python.ops.gen_image_ops.decode_image tensorflow.python.ops.image_ops.DecodeImage
tensor@1 tensorflow.raw_ops.DecodeJSONExample tensorflow.python.ops.gen_parsing_ops.DecodeJSONExample tensorflow.python.ops.gen_parsing_ops.decode_json_example tensorflow.python.ops.parsing_ops.DecodeJSONExample tensorflow.python.ops.standard_ops.DecodeJSONExample
tensor@7 tensorflow.raw_ops.DecodeJpeg tensorflow.image.decode_jpeg tensorflow.io.decode_jpeg tensorflow.python.ops.gen_image_ops.DecodeJpeg tensorflow.python.ops.gen_image_ops.decode_jpeg tensorflow.python.ops.image_ops.DecodeJpeg tensorflow.python.ops.image_ops.decode_jpeg tensorflow.python.ops.image_ops_impl.decode_jpeg
tensor@3 tensorflow.raw_ops.DecodeJxl tensorflow.image.decode_jxl tensorflow.io.decode_jxl tensorflow.python.ops.gen_image_ops.DecodeJxl tensorflow.python.ops.gen_image_ops.decode_jxl tensorflow.python.ops.image_ops.DecodeJxl tensorflow.python.ops.image_ops.decode_jxl tensorflow.python.ops.image_ops_impl.decode_jxl
tensor@4 tensorflow.raw_ops.DecodePaddedRaw tensorflow.python.ops.gen_parsing_ops.DecodePaddedRaw tensorflow.python.ops.gen_parsing_ops.decode_padded_raw tensorflow.python.ops.parsing_ops.DecodePaddedRaw tensorflow.python.ops.standard_ops.DecodePaddedRaw
tensor@3 tensorflow.raw_ops.DecodePng tensorflow.image.decode_png tensorflow.io.decode_png tensorflow.python.ops.gen_image_ops.DecodePng tensorflow.python.ops.gen_image_ops.decode_png tensorflow.python.ops.image_ops.DecodePng tensorflow.python.ops.image_ops.decode_png tensorflow.python.ops.image_ops_impl.decode_png
tensor_list@7 tensorflow.raw_ops.DecodeProtoV2 tensorflow.io.decode_proto tensorflow.python.ops.gen_decode_proto_ops.DecodeProtoV2 tensorflow.python.ops.gen_decode_proto_ops.decode_proto_v2 tensorflow.python.ops.proto_ops.decode_proto tensorflow.python.ops.standard_ops.decode_proto
tensor@3 tensorflow.raw_ops.DecodeRaw tensorflow.python.ops.gen_parsing_ops.DecodeRaw tensorflow.python.ops.gen_parsing_ops.decode_raw tensorflow.python.ops.parsing_ops.DecodeRaw tensorflow.python.ops.standard_ops.DecodeRaw
tensor_list@3 tensorflow.raw_ops.DecodeWav tensorflow.audio.decode_wav tensorflow.python.ops.gen_audio_ops.DecodeWav tensorflow.python.ops.gen_audio_ops.decode_wav
tensor@3 tensorflow.raw_ops.DecodeWebP tensorflow.image.decode_webp tensorflow.io.decode_webp tensorflow.python.ops.gen_image_ops.DecodeWebP tensorflow.python.ops.gen_image_ops.decode_web_p tensorflow.python.ops.image_ops.DecodeWebP tensorflow.python.ops.image_ops.decode_webp tensorflow.python.ops.image_ops_impl.decode_webp
tensor@1 tensorflow.raw_ops.DeepCopy tensorflow.python.ops.array_ops.DeepCopy tensorflow.python.ops.gen_array_ops.DeepCopy tensorflow.python.ops.gen_array_ops.deep_copy tensorflow.python.ops.standard_ops.DeepCopy
none@2 tensorflow.raw_ops.DeleteIterator tensorflow.python.ops.gen_dataset_ops.DeleteIterator tensorflow.python.ops.gen_dataset_ops.delete_iterator
none@2 tensorflow.raw_ops.DeleteMemoryCache tensorflow.python.ops.gen_dataset_ops.DeleteMemoryCache tensorflow.python.ops.gen_dataset_ops.delete_memory_cache
none@3 tensorflow.raw_ops.DeleteMultiDeviceIterator tensorflow.python.ops.gen_dataset_ops.DeleteMultiDeviceIterator tensorflow.python.ops.gen_dataset_ops.delete_multi_device_iterator
none@2 tensorflow.raw_ops.DeleteRandomSeedGenerator tensorflow.python.ops.gen_dataset_ops.DeleteRandomSeedGenerator tensorflow.python.ops.gen_dataset_ops.delete_random_seed_generator
none@2 tensorflow.raw_ops.DeleteSeedGenerator tensorflow.python.ops.gen_dataset_ops.DeleteSeedGenerator tensorflow.python.ops.gen_dataset_ops.delete_seed_generator
none@1 tensorflow.raw_ops.DeleteSessionTensor tensorflow.python.ops.data_flow_ops.DeleteSessionTensor tensorflow.python.ops.gen_data_flow_ops.DeleteSessionTensor tensorflow.python.ops.gen_data_flow_ops.delete_session_tensor tensorflow.python.ops.standard_ops.DeleteSessionTensor
tensor@4 tensorflow.raw_ops.DenseBincount tensorflow.python.ops.gen_math_ops.DenseBincount tensorflow.python.ops.gen_math_ops.dense_bincount tensorflow.python.ops.math_ops.DenseBincount tensorflow.python.ops.standard_ops.DenseBincount
tensor_list@5 tensorflow.raw_ops.DenseCountSparseOutput tensorflow.python.ops.gen_count_ops.DenseCountSparseOutput tensorflow.python.ops.gen_count_ops.dense_count_sparse_output
tensor@2 tensorflow.raw_ops.DenseToCSRSparseMatrix tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.DenseToCSRSparseMatrix tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.dense_to_csr_sparse_matrix tensorflow.python.ops.linalg.sparse.sparse_csr_matrix_ops.DenseToCSRSparseMatrix
tensor_list@4 tensorflow.raw_ops.DenseToDenseSetOperation tensorflow.python.ops.gen_set_ops.DenseToDenseSetOperation tensorflow.python.ops.gen_set_ops.dense_to_dense_set_operation
tensor@5 tensorflow.raw_ops.DenseToSparseBatchDataset tensorflow.python.ops.gen_experimental_dataset_ops.DenseToSparseBatchDataset tensorflow.python.ops.gen_experimental_dataset_ops.dense_to_sparse_batch_dataset
tensor_list@6 tensorflow.raw_ops.DenseToSparseSetOperation tensorflow.python.ops.gen_set_ops.DenseToSparseSetOperation tensorflow.python.ops.gen_set_ops.dense_to_sparse_set_operation
tensor@3 tensorflow.raw_ops.DepthToSpace tensorflow.python.ops.array_ops.DepthToSpace tensorflow.python.ops.gen_array_ops.DepthToSpace tensorflow.python.ops.gen_array_ops.depth_to_space tensorflow.python.ops.standard_ops.DepthToSpace
tensor@7 tensorflow.raw_ops.DepthwiseConv2dNative tensorflow.python.ops.gen_nn_ops.DepthwiseConv2dNative tensorflow.python.ops.gen_nn_ops.depthwise_conv2d_native tensorflow.python.ops.nn.DepthwiseConv2dNative tensorflow.python.ops.nn_ops.DepthwiseConv2dNative
tensor@8 tensorflow.raw_ops.DepthwiseConv2dNativeBackpropFilter tensorflow.python.ops.gen_nn_ops.DepthwiseConv2dNativeBackpropFilter tensorflow.python.ops.gen_nn_ops.depthwise_conv2d_native_backprop_filter tensorflow.python.ops.nn.DepthwiseConv2dNativeBackpropFilter tensorflow.python.ops.nn_ops.DepthwiseConv2dNativeBackpropFilter
tensor@8 tensorflow.raw_ops.DepthwiseConv2dNativeBackpropInput tensorflow.python.ops.gen_nn_ops.DepthwiseConv2dNativeBackpropInput tensorflow.python.ops.gen_nn_ops.depthwise_conv2d_native_backprop_input tensorflow.python.ops.nn.DepthwiseConv2dNativeBackpropInput tensorflow.python.ops.nn_ops.DepthwiseConv2dNativeBackpropInput
tensor@7 tensorflow.raw_ops.Dequantize tensorflow.python.ops.array_ops.Dequantize tensorflow.python.ops.gen_array_ops.Dequantize tensorflow.python.ops.gen_array_ops.dequantize tensorflow.python.ops.standard_ops.Dequantize
none@2 tensorflow.raw_ops.DeserializeIterator tensorflow.python.ops.gen_dataset_ops.DeserializeIterator tensorflow.python.ops.gen_dataset_ops.deserialize_iterator
tensor_list@2 tensorflow.raw_ops.DeserializeManySparse tensorflow.python.ops.gen_sparse_ops.DeserializeManySparse tensorflow.python.ops.gen_sparse_ops.deserialize_many_sparse tensorflow.python.ops.sparse_ops.DeserializeManySparse tensorflow.python.ops.standard_ops.DeserializeManySparse
tensor_list@2 tensorflow.raw_ops.DeserializeSparse tensorflow.python.ops.gen_sparse_ops.DeserializeSparse tensorflow.python.ops.gen_sparse_ops.deserialize_sparse tensorflow.python.ops.sparse_ops.DeserializeSparse tensorflow.python.ops.standard_ops.DeserializeSparse
none@2 tensorflow.raw_ops.DestroyResourceOp tensorflow.python.ops.gen_resource_variable_ops.DestroyResourceOp tensorflow.python.ops.gen_resource_variable_ops.destroy_resource_op tensorflow.python.ops.resource_variable_ops.DestroyResourceOp
tensor@2 tensorflow.raw_ops.DestroyTemporaryVariable tensorflow.python.ops.gen_state_ops.DestroyTemporaryVariable tensorflow.python.ops.gen_state_ops.destroy_temporary_variable tensorflow.python.ops.state_ops.DestroyTemporaryVariable
tensor@1 tensorflow.raw_ops.DeviceIndex tensorflow.python.ops.gen_functional_ops.DeviceIndex tensorflow.python.ops.gen_functional_ops.device_index
tensor@1 tensorflow.raw_ops.Diag tensorflow.compat.v1.diag tensorflow.linalg.tensor_diag tensorflow.python.ops.array_ops.Diag tensorflow.python.ops.array_ops.diag tensorflow.python.ops.gen_array_ops.Diag tensorflow.python.ops.gen_array_ops.diag tensorflow.python.ops.standard_ops.Diag tensorflow.python.ops.standard_ops.diag
tensor@1 tensorflow.raw_ops.DiagPart tensorflow.python.ops.array_ops.DiagPart tensorflow.python.ops.gen_array_ops.DiagPart tensorflow.python.ops.gen_array_ops.diag_part tensorflow.python.ops.standard_ops.DiagPart
tensor@1 tensorflow.raw_ops.Digamma tensorflow.compat.v1.digamma tensorflow.math.digamma tensorflow.python.ops.gen_math_ops.Digamma tensorflow.python.ops.gen_math_ops.digamma tensorflow.python.ops.math_ops.Digamma tensorflow.python.ops.math_ops.digamma tensorflow.python.ops.standard_ops.Digamma tensorflow.python.ops.standard_ops.digamma
tensor@5 tensorflow.raw_ops.Dilation2D tensorflow.python.ops.gen_nn_ops.Dilation2D tensorflow.python.ops.gen_nn_ops.dilation2d tensorflow.python.ops.nn.Dilation2D tensorflow.python.ops.nn_ops.Dilation2D
tensor@6 tensorflow.raw_ops.Dilation2DBackpropFilter tensorflow.python.ops.gen_nn_ops.Dilation2DBackpropFilter tensorflow.python.ops.gen_nn_ops.dilation2d_backprop_filter tensorflow.python.ops.nn.Dilation2DBackpropFilter tensorflow.python.ops.nn_ops.Dilation2DBackpropFilter
tensor@6 tensorflow.raw_ops.Dilation2DBackpropInput tensorflow.python.ops.gen_nn_ops.Dilation2DBackpropInput tensorflow.python.ops.gen_nn_ops.dilation2d_backprop_input tensorflow.python.ops.nn.Dilation2DBackpropInput tensorflow.python.ops.nn_ops.Dilation2DBackpropInput
tensor@5 tensorflow.raw_ops.DirectedInterleaveDataset tensorflow.python.ops.gen_experimental_dataset_ops.DirectedInterleaveDataset tensorflow.python.ops.gen_experimental_dataset_ops.directed_interleave_dataset
none@1 tensorflow.raw_ops.DisableCopyOnRead tensorflow.python.ops.gen_resource_variable_ops.DisableCopyOnRead tensorflow.python.ops.gen_resource_variable_ops.disable_copy_on_read tensorflow.python.ops.resource_variable_ops.DisableCopyOnRead
none@4 tensorflow.raw_ops.DistributedSave tensorflow.python.ops.gen_experimental_dataset_ops.DistributedSave tensorflow.python.ops.gen_experimental_dataset_ops.distributed_save
tensor@2 tensorflow.raw_ops.Div tensorflow.python.ops.gen_math_ops.Div tensorflow.python.ops.gen_math_ops.div tensorflow.python.ops.math_ops.Div tensorflow.python.ops.standard_ops.Div
tensor@2 tensorflow.raw_ops.DivNoNan tensorflow.python.ops.gen_math_ops.DivNoNan tensorflow.python.ops.gen_math_ops.div_no_nan tensorflow.python.ops.math_ops.DivNoNan tensorflow.python.ops.standard_ops.DivNoNan
tensor@2 tensorflow.raw_ops.DrawBoundingBoxes tensorflow.python.ops.gen_image_ops.DrawBoundingBoxes tensorflow.python.ops.gen_image_ops.draw_bounding_boxes tensorflow.python.ops.image_ops.DrawBoundingBoxes
tensor@3 tensorflow.raw_ops.DrawBoundingBoxesV2 tensorflow.python.ops.gen_image_ops.DrawBoundingBoxesV2 tensorflow.python.ops.gen_image_ops.draw_bounding_boxes_v2 tensorflow.python.ops.image_ops.DrawBoundingBoxesV2
tensor@0 tensorflow.raw_ops.DummyIterationCounter tensorflow.python.ops.gen_experimental_dataset_ops.DummyIterationCounter tensorflow.python.ops.gen_experimental_dataset_ops.dummy_iteration_counter
tensor@0 tensorflow.raw_ops.DummyMemoryCache tensorflow.python.ops.gen_dataset_ops.DummyMemoryCache tensorflow.python.ops.gen_dataset_ops.dummy_memory_cache
tensor@0 tensorflow.raw_ops.DummySeedGenerator tensorflow.python.ops.gen_dataset_ops.DummySeedGenerator tensorflow.python.ops.gen_dataset_ops.dummy_seed_generator
none@6 tensorflow.raw_ops.DynamicEnqueueTPUEmbeddingArbitraryTensorBatch tensorflow.python.ops.gen_tpu_ops.DynamicEnqueueTPUEmbeddingArbitraryTensorBatch tensorflow.python.ops.gen_tpu_ops.dynamic_enqueue_tpu_embedding_arbitrary_tensor_batch tensorflow.python.tpu.ops.tpu_ops.DynamicEnqueueTPUEmbeddingArbitraryTensorBatch
none@9 tensorflow.raw_ops.DynamicEnqueueTPUEmbeddingRaggedTensorBatch tensorflow.python.ops.gen_tpu_ops.DynamicEnqueueTPUEmbeddingRaggedTensorBatch tensorflow.python.ops.gen_tpu_ops.dynamic_enqueue_tpu_embedding_ragged_tensor_batch tensorflow.python.tpu.ops.tpu_ops.DynamicEnqueueTPUEmbeddingRaggedTensorBatch
tensor_list@4 tensorflow.raw_ops.EagerPyFunc tensorflow.python.ops.gen_script_ops.EagerPyFunc tensorflow.python.ops.gen_script_ops.eager_py_func
tensor@7 tensorflow.raw_ops.EditDistance tensorflow.python.ops.array_ops.EditDistance tensorflow.python.ops.gen_array_ops.EditDistance tensorflow.python.ops.gen_array_ops.edit_distance tensorflow.python.ops.standard_ops.EditDistance
tensor_list@3 tensorflow.raw_ops.Eig tensorflow.python.ops.gen_linalg_ops.Eig tensorflow.python.ops.gen_linalg_ops.eig tensorflow.python.ops.linalg_ops.Eig tensorflow.python.ops.standard_ops.Eig
tensor@2 tensorflow.raw_ops.Einsum tensorflow.python.ops.gen_linalg_ops.Einsum tensorflow.python.ops.gen_linalg_ops.einsum tensorflow.python.ops.linalg_ops.Einsum tensorflow.python.ops.standard_ops.Einsum
tensor@1 tensorflow.raw_ops.Elu tensorflow.nn.elu tensorflow.python.ops.gen_nn_ops.Elu tensorflow.python.ops.gen_nn_ops.elu tensorflow.python.ops.nn.Elu tensorflow.python.ops.nn.elu tensorflow.python.ops.nn_ops.Elu
tensor@2 tensorflow.raw_ops.EluGrad tensorflow.python.ops.gen_nn_ops.EluGrad tensorflow.python.ops.gen_nn_ops.elu_grad tensorflow.python.ops.nn.EluGrad tensorflow.python.ops.nn_ops.EluGrad
tensor@3 tensorflow.raw_ops.Empty tensorflow.python.ops.array_ops.Empty tensorflow.python.ops.gen_array_ops.Empty tensorflow.python.ops.gen_array_ops.empty tensorflow.python.ops.standard_ops.Empty
tensor@3 tensorflow.raw_ops.EmptyTensorList tensorflow.python.ops.gen_list_ops.EmptyTensorList tensorflow.python.ops.gen_list_ops.empty_tensor_list tensorflow.python.ops.list_ops.EmptyTensorList
tensor@0 tensorflow.raw_ops.EmptyTensorMap tensorflow.python.ops.gen_map_ops.EmptyTensorMap tensorflow.python.ops.gen_map_ops.empty_tensor_map
tensor@2 tensorflow.raw_ops.EncodeBase64 tensorflow.compat.v1.encode_base64 tensorflow.io.encode_base64 tensorflow.python.ops.gen_string_ops.EncodeBase64 tensorflow.python.ops.gen_string_ops.encode_base64 tensorflow.python.ops.standard_ops.EncodeBase64 tensorflow.python.ops.standard_ops.encode_base64 tensorflow.python.ops.string_ops.EncodeBase64 tensorflow.python.ops.string_ops.encode_base64
tensor@10 tensorflow.raw_ops.EncodeJpeg tensorflow.image.encode_jpeg tensorflow.io.encode_jpeg tensorflow.python.ops.gen_image_ops.EncodeJpeg tensorflow.python.ops.gen_image_ops.encode_jpeg tensorflow.python.ops.image_ops.EncodeJpeg tensorflow.python.ops.image_ops.encode_jpeg tensorflow.python.ops.image_ops_impl.encode_jpeg
tensor@2 tensorflow.raw_ops.EncodeJpegVariableQuality tensorflow.python.ops.gen_image_ops.EncodeJpegVariableQuality tensorflow.python.ops.gen_image_ops.encode_jpeg_variable_quality tensorflow.python.ops.image_ops.EncodeJpegVariableQuality
tensor@2 tensorflow.raw_ops.EncodePng tensorflow.python.ops.gen_image_ops.EncodePng tensorflow.python.ops.gen_image_ops.encode_png tensorflow.python.ops.image_ops.EncodePng
tensor@5 tensorflow.raw_ops.EncodeProto tensorflow.io.encode_proto tensorflow.python.ops.gen_encode_proto_ops.EncodeProto tensorflow.python.ops.gen_encode_proto_ops.encode_proto tensorflow.python.ops.proto_ops.encode_proto tensorflow.python.ops.standard_ops.encode_proto
tensor@2 tensorflow.raw_ops.EncodeWav tensorflow.audio.encode_wav tensorflow.python.ops.gen_audio_ops.EncodeWav tensorflow.python.ops.gen_audio_ops.encode_wav
none@6 tensorflow.raw_ops.EnqueueTPUEmbeddingArbitraryTensorBatch tensorflow.python.ops.gen_tpu_ops.EnqueueTPUEmbeddingArbitraryTensorBatch tensorflow.python.ops.gen_tpu_ops.enqueue_tpu_embedding_arbitrary_tensor_batch tensorflow.python.tpu.ops.tpu_ops.EnqueueTPUEmbeddingArbitraryTensorBatch
none@3 tensorflow.raw_ops.EnqueueTPUEmbeddingIntegerBatch tensorflow.python.ops.gen_tpu_ops.EnqueueTPUEmbeddingIntegerBatch tensorflow.python.ops.gen_tpu_ops.enqueue_tpu_embedding_integer_batch tensorflow.python.tpu.ops.tpu_ops.EnqueueTPUEmbeddingIntegerBatch
none@9 tensorflow.raw_ops.EnqueueTPUEmbeddingRaggedTensorBatch tensorflow.python.ops.gen_tpu_ops.EnqueueTPUEmbeddingRaggedTensorBatch tensorflow.python.ops.gen_tpu_ops.enqueue_tpu_embedding_ragged_tensor_batch tensorflow.python.tpu.ops.tpu_ops.EnqueueTPUEmbeddingRaggedTensorBatch
none@6 tensorflow.raw_ops.EnqueueTPUEmbeddingSparseBatch tensorflow.python.ops.gen_tpu_ops.EnqueueTPUEmbeddingSparseBatch tensorflow.python.ops.gen_tpu_ops.enqueue_tpu_embedding_sparse_batch tensorflow.python.tpu.ops.tpu_ops.EnqueueTPUEmbeddingSparseBatch
none@9 tensorflow.raw_ops.EnqueueTPUEmbeddingSparseTensorBatch tensorflow.python.ops.gen_tpu_ops.EnqueueTPUEmbeddingSparseTensorBatch tensorflow.python.ops.gen_tpu_ops.enqueue_tpu_embedding_sparse_tensor_batch tensorflow.python.tpu.ops.tpu_ops.EnqueueTPUEmbeddingSparseTensorBatch
tensor@2 tensorflow.raw_ops.EnsureShape tensorflow.python.ops.array_ops.EnsureShape tensorflow.python.ops.gen_array_ops.EnsureShape tensorflow.python.ops.gen_array_ops.ensure_shape tensorflow.python.ops.standard_ops.EnsureShape
tensor@4 tensorflow.raw_ops.Enter tensorflow.python.ops.control_flow_grad.Enter tensorflow.python.ops.control_flow_ops.Enter tensorflow.python.ops.gen_control_flow_ops.Enter tensorflow.python.ops.gen_control_flow_ops.enter
tensor@3 tensorflow.raw_ops.Equal tensorflow.python.ops.gen_math_ops.Equal tensorflow.python.ops.gen_math_ops.equal tensorflow.python.ops.math_ops.Equal tensorflow.python.ops.standard_ops.Equal
tensor@1 tensorflow.raw_ops.Erf tensorflow.compat.v1.erf tensorflow.math.erf tensorflow.python.ops.gen_math_ops.Erf tensorflow.python.ops.gen_math_ops.erf tensorflow.python.ops.math_ops.Erf tensorflow.python.ops.math_ops.erf tensorflow.python.ops.standard_ops.Erf tensorflow.python.ops.standard_ops.erf
tensor@1 tensorflow.raw_ops.Erfc tensorflow.compat.v1.erfc tensorflow.math.erfc tensorflow.python.ops.gen_math_ops.Erfc tensorflow.python.ops.gen_math_ops.erfc tensorflow.python.ops.math_ops.Erfc tensorflow.python.ops.math_ops.erfc tensorflow.python.ops.standard_ops.Erfc tensorflow.python.ops.standard_ops.erfc
tensor@1 tensorflow.raw_ops.Erfinv tensorflow.python.ops.gen_math_ops.Erfinv tensorflow.python.ops.gen_math_ops.erfinv tensorflow.python.ops.math_ops.Erfinv tensorflow.python.ops.standard_ops.Erfinv
tensor@3 tensorflow.raw_ops.EuclideanNorm tensorflow.python.ops.gen_math_ops.EuclideanNorm tensorflow.python.ops.gen_math_ops.euclidean_norm tensorflow.python.ops.math_ops.EuclideanNorm tensorflow.python.ops.standard_ops.EuclideanNorm
tensor@1 tensorflow.raw_ops.Exit tensorflow.python.ops.control_flow_grad.Exit tensorflow.python.ops.control_flow_ops.Exit tensorflow.python.ops.gen_control_flow_ops.Exit tensorflow.python.ops.gen_control_flow_ops._exit
tensor@1 tensorflow.raw_ops.Exp tensorflow.python.ops.gen_math_ops.Exp tensorflow.python.ops.gen_math_ops.exp tensorflow.python.ops.math_ops.Exp tensorflow.python.ops.standard_ops.Exp
tensor@2 tensorflow.raw_ops.ExpandDims tensorflow.python.ops.array_ops.ExpandDims tensorflow.python.ops.gen_array_ops.ExpandDims tensorflow.python.ops.gen_array_ops.expand_dims tensorflow.python.ops.standard_ops.ExpandDims
tensor@4 tensorflow.raw_ops.ExperimentalAssertNextDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalAssertNextDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_assert_next_dataset
tensor@6 tensorflow.raw_ops.ExperimentalAutoShardDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalAutoShardDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_auto_shard_dataset
tensor@4 tensorflow.raw_ops.ExperimentalBytesProducedStatsDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalBytesProducedStatsDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_bytes_produced_stats_dataset
tensor@10 tensorflow.raw_ops.ExperimentalCSVDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalCSVDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_csv_dataset
tensor@4 tensorflow.raw_ops.ExperimentalChooseFastestDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalChooseFastestDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_choose_fastest_dataset
tensor@1 tensorflow.raw_ops.ExperimentalDatasetCardinality tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalDatasetCardinality tensorflow.python.ops.gen_experimental_dataset_ops.experimental_dataset_cardinality
none@3 tensorflow.raw_ops.ExperimentalDatasetToTFRecord tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalDatasetToTFRecord tensorflow.python.ops.gen_experimental_dataset_ops.experimental_dataset_to_tf_record
tensor@5 tensorflow.raw_ops.ExperimentalDenseToSparseBatchDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalDenseToSparseBatchDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_dense_to_sparse_batch_dataset
tensor@4 tensorflow.raw_ops.ExperimentalDirectedInterleaveDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalDirectedInterleaveDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_directed_interleave_dataset
tensor@11 tensorflow.raw_ops.ExperimentalGroupByReducerDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalGroupByReducerDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_group_by_reducer_dataset
tensor@9 tensorflow.raw_ops.ExperimentalGroupByWindowDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalGroupByWindowDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_group_by_window_dataset
tensor@4 tensorflow.raw_ops.ExperimentalIgnoreErrorsDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalIgnoreErrorsDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_ignore_errors_dataset
tensor@1 tensorflow.raw_ops.ExperimentalIteratorGetDevice tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalIteratorGetDevice tensorflow.python.ops.gen_experimental_dataset_ops.experimental_iterator_get_device
tensor@3 tensorflow.raw_ops.ExperimentalLMDBDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalLMDBDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_lmdb_dataset
tensor@4 tensorflow.raw_ops.ExperimentalLatencyStatsDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalLatencyStatsDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_latency_stats_dataset
tensor@9 tensorflow.raw_ops.ExperimentalMapAndBatchDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalMapAndBatchDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_map_and_batch_dataset
tensor@8 tensorflow.raw_ops.ExperimentalMapDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalMapDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_map_dataset
tensor@1 tensorflow.raw_ops.ExperimentalMatchingFilesDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalMatchingFilesDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_matching_files_dataset
tensor@4 tensorflow.raw_ops.ExperimentalMaxIntraOpParallelismDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalMaxIntraOpParallelismDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_max_intra_op_parallelism_dataset
tensor@3 tensorflow.raw_ops.ExperimentalNonSerializableDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalNonSerializableDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_non_serializable_dataset
tensor@10 tensorflow.raw_ops.ExperimentalParallelInterleaveDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalParallelInterleaveDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_parallel_interleave_dataset
tensor@10 tensorflow.raw_ops.ExperimentalParseExampleDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalParseExampleDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_parse_example_dataset
tensor@4 tensorflow.raw_ops.ExperimentalPrivateThreadPoolDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalPrivateThreadPoolDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_private_thread_pool_dataset
tensor@4 tensorflow.raw_ops.ExperimentalRandomDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalRandomDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_random_dataset
tensor@5 tensorflow.raw_ops.ExperimentalRebatchDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalRebatchDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_rebatch_dataset
tensor@7 tensorflow.raw_ops.ExperimentalScanDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalScanDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_scan_dataset
tensor@6 tensorflow.raw_ops.ExperimentalSetStatsAggregatorDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalSetStatsAggregatorDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_set_stats_aggregator_dataset
tensor@4 tensorflow.raw_ops.ExperimentalSleepDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalSleepDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_sleep_dataset
tensor@6 tensorflow.raw_ops.ExperimentalSlidingWindowDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalSlidingWindowDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_sliding_window_dataset
tensor@5 tensorflow.raw_ops.ExperimentalSqlDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalSqlDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_sql_dataset
tensor@2 tensorflow.raw_ops.ExperimentalStatsAggregatorHandle tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalStatsAggregatorHandle tensorflow.python.ops.gen_experimental_dataset_ops.experimental_stats_aggregator_handle
tensor@1 tensorflow.raw_ops.ExperimentalStatsAggregatorSummary tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalStatsAggregatorSummary tensorflow.python.ops.gen_experimental_dataset_ops.experimental_stats_aggregator_summary
tensor@5 tensorflow.raw_ops.ExperimentalTakeWhileDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalTakeWhileDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_take_while_dataset
tensor@4 tensorflow.raw_ops.ExperimentalThreadPoolDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalThreadPoolDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_thread_pool_dataset
tensor@5 tensorflow.raw_ops.ExperimentalThreadPoolHandle tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalThreadPoolHandle tensorflow.python.ops.gen_experimental_dataset_ops.experimental_thread_pool_handle
tensor@3 tensorflow.raw_ops.ExperimentalUnbatchDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalUnbatchDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_unbatch_dataset
tensor@3 tensorflow.raw_ops.ExperimentalUniqueDataset tensorflow.python.ops.gen_experimental_dataset_ops.ExperimentalUniqueDataset tensorflow.python.ops.gen_experimental_dataset_ops.experimental_unique_dataset
tensor@1 tensorflow.raw_ops.Expint tensorflow.python.ops.gen_special_math_ops.Expint tensorflow.python.ops.gen_special_math_ops.expint
tensor@1 tensorflow.raw_ops.Expm1 tensorflow.compat.v1.expm1 tensorflow.math.expm1 tensorflow.python.ops.gen_math_ops.Expm1 tensorflow.python.ops.gen_math_ops.expm1 tensorflow.python.ops.math_ops.Expm1 tensorflow.python.ops.math_ops.expm1 tensorflow.python.ops.standard_ops.Expm1 tensorflow.python.ops.standard_ops.expm1
tensor@7 tensorflow.raw_ops.ExtractGlimpse tensorflow.python.ops.gen_image_ops.ExtractGlimpse tensorflow.python.ops.gen_image_ops.extract_glimpse tensorflow.python.ops.image_ops.ExtractGlimpse
tensor@7 tensorflow.raw_ops.ExtractGlimpseV2 tensorflow.python.ops.gen_image_ops.ExtractGlimpseV2 tensorflow.python.ops.gen_image_ops.extract_glimpse_v2 tensorflow.python.ops.image_ops.ExtractGlimpseV2
tensor@5 tensorflow.raw_ops.ExtractImagePatches tensorflow.python.ops.array_ops.ExtractImagePatches tensorflow.python.ops.gen_array_ops.ExtractImagePatches tensorflow.python.ops.gen_array_ops.extract_image_patches tensorflow.python.ops.standard_ops.ExtractImagePatches
tensor@2 tensorflow.raw_ops.ExtractJpegShape tensorflow.image.extract_jpeg_shape tensorflow.io.extract_jpeg_shape tensorflow.python.ops.gen_image_ops.ExtractJpegShape tensorflow.python.ops.gen_image_ops.extract_jpeg_shape tensorflow.python.ops.image_ops.ExtractJpegShape tensorflow.python.ops.image_ops.extract_jpeg_shape tensorflow.python.ops.image_ops_impl.extract_jpeg_shape
tensor@5 tensorflow.raw_ops.FIFOQueue tensorflow.python.ops.gen_data_flow_ops.FIFOQueue tensorflow.python.ops.gen_data_flow_ops.fifo_queue
tensor@5 tensorflow.raw_ops.FIFOQueueV2 tensorflow.python.ops.data_flow_ops.FIFOQueueV2 tensorflow.python.ops.gen_data_flow_ops.FIFOQueueV2 tensorflow.python.ops.gen_data_flow_ops.fifo_queue_v2 tensorflow.python.ops.standard_ops.FIFOQueueV2
tensor@0 tensorflow.raw_ops.Fact tensorflow.python.user_ops.ops.gen_user_ops.Fact tensorflow.python.user_ops.ops.gen_user_ops.fact tensorflow.python.user_ops.user_ops.Fact
tensor@2 tensorflow.raw_ops.FakeParam tensorflow.python.ops.gen_functional_ops.FakeParam tensorflow.python.ops.gen_functional_ops.fake_param
tensor@5 tensorflow.raw_ops.FakeQuantWithMinMaxArgs tensorflow.compat.v1.fake_quant_with_min_max_args tensorflow.python.ops.array_ops.FakeQuantWithMinMaxArgs tensorflow.python.ops.array_ops.fake_quant_with_min_max_args tensorflow.python.ops.gen_array_ops.FakeQuantWithMinMaxArgs tensorflow.python.ops.gen_array_ops.fake_quant_with_min_max_args tensorflow.python.ops.standard_ops.FakeQuantWithMinMaxArgs tensorflow.python.ops.standard_ops.fake_quant_with_min_max_args tensorflow.quantization.fake_quant_with_min_max_args
tensor@6 tensorflow.raw_ops.FakeQuantWithMinMaxArgsGradient tensorflow.compat.v1.fake_quant_with_min_max_args_gradient tensorflow.python.ops.array_ops.FakeQuantWithMinMaxArgsGradient tensorflow.python.ops.array_ops.fake_quant_with_min_max_args_gradient tensorflow.python.ops.gen_array_ops.FakeQuantWithMinMaxArgsGradient tensorflow.python.ops.gen_array_ops.fake_quant_with_min_max_args_gradient tensorflow.python.ops.standard_ops.FakeQuantWithMinMaxArgsGradient tensorflow.python.ops.standard_ops.fake_quant_with_min_max_args_gradient tensorflow.quantization.fake_quant_with_min_max_args_gradient
tensor@5 tensorflow.raw_ops.FakeQuantWithMinMaxVars tensorflow.compat.v1.fake_quant_with_min_max_vars tensorflow.python.ops.array_ops.FakeQuantWithMinMaxVars tensorflow.python.ops.array_ops.fake_quant_with_min_max_vars tensorflow.python.ops.gen_array_ops.FakeQuantWithMinMaxVars tensorflow.python.ops.gen_array_ops.fake_quant_with_min_max_vars tensorflow.python.ops.standard_ops.FakeQuantWithMinMaxVars tensorflow.python.ops.standard_ops.fake_quant_with_min_max_vars tensorflow.quantization.fake_quant_with_min_max_vars
tensor_list@6 tensorflow.raw_ops.FakeQuantWithMinMaxVarsGradient tensorflow.compat.v1.fake_quant_with_min_max_vars_gradient tensorflow.python.ops.array_ops.FakeQuantWithMinMaxVarsGradient tensorflow.python.ops.array_ops.fake_quant_with_min_max_vars_gradient tensorflow.python.ops.gen_array_ops.FakeQuantWithMinMaxVarsGradient tensorflow.python.ops.gen_array_ops.fake_quant_with_min_max_vars_gradient tensorflow.python.ops.standard_ops.FakeQuantWithMinMaxVarsGradient tensorflow.python.ops.standard_ops.fake_quant_with_min_max_vars_gradient tensorflow.quantization.fake_quant_with_min_max_vars_gradient
tensor@5 tensorflow.raw_ops.FakeQuantWithMinMaxVarsPerChannel tensorflow.compat.v1.fake_quant_with_min_max_vars_per_channel tensorflow.python.ops.array_ops.FakeQuantWithMinMaxVarsPerChannel tensorflow.python.ops.array_ops.fake_quant_with_min_max_vars_per_channel tensorflow.python.ops.gen_array_ops.FakeQuantWithMinMaxVarsPerChannel tensorflow.python.ops.gen_array_ops.fake_quant_with_min_max_vars_per_channel tensorflow.python.ops.standard_ops.FakeQuantWithMinMaxVarsPerChannel tensorflow.python.ops.standard_ops.fake_quant_with_min_max_vars_per_channel tensorflow.quantization.fake_quant_with_min_max_vars_per_channel
tensor_list@6 tensorflow.raw_ops.FakeQuantWithMinMaxVarsPerChannelGradient tensorflow.compat.v1.fake_quant_with_min_max_vars_per_channel_gradient tensorflow.python.ops.array_ops.FakeQuantWithMinMaxVarsPerChannelGradient tensorflow.python.ops.array_ops.fake_quant_with_min_max_vars_per_channel_gradient tensorflow.python.ops.gen_array_ops.FakeQuantWithMinMaxVarsPerChannelGradient tensorflow.python.ops.gen_array_ops.fake_quant_with_min_max_vars_per_channel_gradient tensorflow.python.ops.standard_ops.FakeQuantWithMinMaxVarsPerChannelGradient tensorflow.python.ops.standard_ops.fake_quant_with_min_max_vars_per_channel_gradient tensorflow.quantization.fake_quant_with_min_max_vars_per_channel_gradient
tensor@1 tensorflow.raw_ops.FakeQueue tensorflow.python.ops.data_flow_ops.FakeQueue tensorflow.python.ops.gen_data_flow_ops.FakeQueue tensorflow.python.ops.gen_data_flow_ops.fake_queue tensorflow.python.ops.standard_ops.FakeQueue
none@3 tensorflow.raw_ops.FileSystemSetConfiguration tensorflow.python.ops.gen_filesystem_ops.FileSystemSetConfiguration tensorflow.python.ops.gen_filesystem_ops.file_system_set_configuration
tensor@2 tensorflow.raw_ops.Fill tensorflow.python.ops.array_ops.Fill tensorflow.python.ops.gen_array_ops.Fill tensorflow.python.ops.gen_array_ops.fill tensorflow.python.ops.standard_ops.Fill
tensor@3 tensorflow.raw_ops.FilterByLastComponentDataset tensorflow.python.ops.gen_dataset_ops.FilterByLastComponentDataset tensorflow.python.ops.gen_dataset_ops.filter_by_last_component_dataset
tensor@6 tensorflow.raw_ops.FilterDataset tensorflow.python.ops.gen_dataset_ops.FilterDataset tensorflow.python.ops.gen_dataset_ops.filter_dataset
tensor@4 tensorflow.raw_ops.FinalizeDataset tensorflow.python.ops.gen_dataset_ops.FinalizeDataset tensorflow.python.ops.gen_dataset_ops.finalize_dataset
tensor@2 tensorflow.raw_ops.Fingerprint tensorflow.python.ops.array_ops.Fingerprint tensorflow.python.ops.gen_array_ops.Fingerprint tensorflow.python.ops.gen_array_ops.fingerprint tensorflow.python.ops.standard_ops.Fingerprint
tensor@6 tensorflow.raw_ops.FixedLengthRecordDataset tensorflow.python.ops.gen_dataset_ops.FixedLengthRecordDataset tensorflow.python.ops.gen_dataset_ops.fixed_length_record_dataset
tensor@7 tensorflow.raw_ops.FixedLengthRecordDatasetV2 tensorflow.python.ops.gen_dataset_ops.FixedLengthRecordDatasetV2 tensorflow.python.ops.gen_dataset_ops.fixed_length_record_dataset_v2
tensor@6 tensorflow.raw_ops.FixedLengthRecordReader tensorflow.python.ops.gen_io_ops.FixedLengthRecordReader tensorflow.python.ops.gen_io_ops.fixed_length_record_reader
tensor@7 tensorflow.raw_ops.FixedLengthRecordReaderV2 tensorflow.python.ops.gen_io_ops.FixedLengthRecordReaderV2 tensorflow.python.ops.gen_io_ops.fixed_length_record_reader_v2 tensorflow.python.ops.io_ops.FixedLengthRecordReaderV2 tensorflow.python.ops.standard_ops.FixedLengthRecordReaderV2
tensor_list@13 tensorflow.raw_ops.FixedUnigramCandidateSampler tensorflow.python.ops.gen_candidate_sampling_ops.FixedUnigramCandidateSampler tensorflow.python.ops.gen_candidate_sampling_ops.fixed_unigram_candidate_sampler
tensor@6 tensorflow.raw_ops.FlatMapDataset tensorflow.python.ops.gen_dataset_ops.FlatMapDataset tensorflow.python.ops.gen_dataset_ops.flat_map_dataset
tensor@1 tensorflow.raw_ops.Floor tensorflow.python.ops.gen_math_ops.Floor tensorflow.python.ops.gen_math_ops.floor tensorflow.python.ops.math_ops.Floor tensorflow.python.ops.standard_ops.Floor
tensor@2 tensorflow.raw_ops.FloorDiv tensorflow.compat.v1.floor_div tensorflow.python.ops.gen_math_ops.FloorDiv tensorflow.python.ops.gen_math_ops.floor_div tensorflow.python.ops.math_ops.FloorDiv tensorflow.python.ops.math_ops.floor_div tensorflow.python.ops.standard_ops.FloorDiv
tensor@2 tensorflow.raw_ops.FloorMod tensorflow.compat.v1.floormod tensorflow.compat.v1.mod tensorflow.math.floormod tensorflow.math.mod tensorflow.python.ops.gen_math_ops.FloorMod tensorflow.python.ops.gen_math_ops.floor_mod tensorflow.python.ops.math_ops.FloorMod tensorflow.python.ops.math_ops.floor_mod tensorflow.python.ops.math_ops.floormod tensorflow.python.ops.standard_ops.FloorMod tensorflow.python.ops.standard_ops.floor_mod tensorflow.python.ops.standard_ops.floormod
none@1 tensorflow.raw_ops.FlushSummaryWriter tensorflow.python.ops.gen_summary_ops.FlushSummaryWriter tensorflow.python.ops.gen_summary_ops.flush_summary_writer
tensor_list@5 tensorflow.raw_ops.For tensorflow.python.ops.gen_functional_ops.For tensorflow.python.ops.gen_functional_ops._for
tensor_list@7 tensorflow.raw_ops.FractionalAvgPool tensorflow.python.ops.gen_nn_ops.FractionalAvgPool tensorflow.python.ops.gen_nn_ops.fractional_avg_pool tensorflow.python.ops.nn.FractionalAvgPool tensorflow.python.ops.nn_ops.FractionalAvgPool
tensor@5 tensorflow.raw_ops.FractionalAvgPoolGrad tensorflow.python.ops.gen_nn_ops.FractionalAvgPoolGrad tensorflow.python.ops.gen_nn_ops.fractional_avg_pool_grad tensorflow.python.ops.nn.FractionalAvgPoolGrad tensorflow.python.ops.nn_ops.FractionalAvgPoolGrad
tensor_list@7 tensorflow.raw_ops.FractionalMaxPool tensorflow.python.ops.gen_nn_ops.FractionalMaxPool tensorflow.python.ops.gen_nn_ops.fractional_max_pool tensorflow.python.ops.nn.FractionalMaxPool tensorflow.python.ops.nn_ops.FractionalMaxPool
tensor@6 tensorflow.raw_ops.FractionalMaxPoolGrad tensorflow.python.ops.gen_nn_ops.FractionalMaxPoolGrad tensorflow.python.ops.gen_nn_ops.fractional_max_pool_grad tensorflow.python.ops.nn.FractionalMaxPoolGrad tensorflow.python.ops.nn_ops.FractionalMaxPoolGrad
tensor@1 tensorflow.raw_ops.FresnelCos tensorflow.python.ops.gen_special_math_ops.FresnelCos tensorflow.python.ops.gen_special_math_ops.fresnel_cos
tensor@1 tensorflow.raw_ops.FresnelSin tensorflow.python.ops.gen_special_math_ops.FresnelSin tensorflow.python.ops.gen_special_math_ops.fresnel_sin
tensor_list@9 tensorflow.raw_ops.FusedBatchNorm tensorflow.python.ops.gen_nn_ops.FusedBatchNorm tensorflow.python.ops.gen_nn_ops._fused_batch_norm tensorflow.python.ops.nn.FusedBatchNorm tensorflow.python.ops.nn_ops.FusedBatchNorm
tensor_list@8 tensorflow.raw_ops.FusedBatchNormGrad tensorflow.python.ops.gen_nn_ops.FusedBatchNormGrad tensorflow.python.ops.gen_nn_ops.fused_batch_norm_grad tensorflow.python.ops.nn.FusedBatchNormGrad tensorflow.python.ops.nn_ops.FusedBatchNormGrad
tensor_list@8 tensorflow.raw_ops.FusedBatchNormGradV2 tensorflow.python.ops.gen_nn_ops.FusedBatchNormGradV2 tensorflow.python.ops.gen_nn_ops.fused_batch_norm_grad_v2 tensorflow.python.ops.nn.FusedBatchNormGradV2 tensorflow.python.ops.nn_ops.FusedBatchNormGradV2
tensor_list@9 tensorflow.raw_ops.FusedBatchNormGradV3 tensorflow.python.ops.gen_nn_ops.FusedBatchNormGradV3 tensorflow.python.ops.gen_nn_ops.fused_batch_norm_grad_v3 tensorflow.python.ops.nn.FusedBatchNormGradV3 tensorflow.python.ops.nn_ops.FusedBatchNormGradV3
tensor_list@9 tensorflow.raw_ops.FusedBatchNormV2 tensorflow.python.ops.gen_nn_ops.FusedBatchNormV2 tensorflow.python.ops.gen_nn_ops.fused_batch_norm_v2 tensorflow.python.ops.nn.FusedBatchNormV2 tensorflow.python.ops.nn_ops.FusedBatchNormV2
tensor_list@9 tensorflow.raw_ops.FusedBatchNormV3 tensorflow.python.ops.gen_nn_ops.FusedBatchNormV3 tensorflow.python.ops.gen_nn_ops.fused_batch_norm_v3 tensorflow.python.ops.nn.FusedBatchNormV3 tensorflow.python.ops.nn_ops.FusedBatchNormV3
tensor@6 tensorflow.raw_ops.FusedPadConv2D tensorflow.python.ops.gen_nn_ops.FusedPadConv2D tensorflow.python.ops.gen_nn_ops.fused_pad_conv2d tensorflow.python.ops.nn.FusedPadConv2D tensorflow.python.ops.nn_ops.FusedPadConv2D
tensor@8 tensorflow.raw_ops.FusedResizeAndPadConv2D tensorflow.python.ops.gen_nn_ops.FusedResizeAndPadConv2D tensorflow.python.ops.gen_nn_ops.fused_resize_and_pad_conv2d tensorflow.python.ops.nn.FusedResizeAndPadConv2D tensorflow.python.ops.nn_ops.FusedResizeAndPadConv2D
tensor_list@6 tensorflow.raw_ops.GRUBlockCell tensorflow.python.ops.gen_rnn_ops.GRUBlockCell tensorflow.python.ops.gen_rnn_ops.gru_block_cell
tensor_list@10 tensorflow.raw_ops.GRUBlockCellGrad tensorflow.python.ops.gen_rnn_ops.GRUBlockCellGrad tensorflow.python.ops.gen_rnn_ops.gru_block_cell_grad
tensor@3 tensorflow.raw_ops.Gather tensorflow.python.ops.array_ops.Gather tensorflow.python.ops.gen_array_ops.Gather tensorflow.python.ops.gen_array_ops.gather tensorflow.python.ops.standard_ops.Gather
tensor@3 tensorflow.raw_ops.GatherNd tensorflow.python.ops.array_ops.GatherNd tensorflow.python.ops.gen_array_ops.GatherNd tensorflow.python.ops.gen_array_ops.gather_nd tensorflow.python.ops.standard_ops.GatherNd
tensor@4 tensorflow.raw_ops.GatherV2 tensorflow.python.ops.array_ops.GatherV2 tensorflow.python.ops.gen_array_ops.GatherV2 tensorflow.python.ops.gen_array_ops.gather_v2 tensorflow.python.ops.standard_ops.GatherV2
tensor_list@8 tensorflow.raw_ops.GenerateBoundingBoxProposals tensorflow.python.ops.gen_image_ops.GenerateBoundingBoxProposals tensorflow.python.ops.gen_image_ops.generate_bounding_box_proposals tensorflow.python.ops.image_ops.GenerateBoundingBoxProposals
tensor_list@5 tensorflow.raw_ops.GenerateVocabRemapping tensorflow.python.ops.gen_checkpoint_ops.GenerateVocabRemapping tensorflow.python.ops.gen_checkpoint_ops.generate_vocab_remapping
tensor@9 tensorflow.raw_ops.GeneratorDataset tensorflow.python.ops.gen_dataset_ops.GeneratorDataset tensorflow.python.ops.gen_dataset_ops.generator_dataset
tensor_list@4 tensorflow.raw_ops.GetElementAtIndex tensorflow.python.ops.gen_experimental_dataset_ops.GetElementAtIndex tensorflow.python.ops.gen_experimental_dataset_ops.get_element_at_index
tensor_list@11 tensorflow.raw_ops.GetMinibatchSplitsWithPhysicalReplica tensorflow.python.tpu.ops.gen_xla_ops.GetMinibatchSplitsWithPhysicalReplica tensorflow.python.tpu.ops.gen_xla_ops.get_minibatch_splits_with_physical_replica
tensor_list@15 tensorflow.raw_ops.GetMinibatchesInCsrWithPhysicalReplica tensorflow.python.tpu.ops.gen_xla_ops.GetMinibatchesInCsrWithPhysicalReplica tensorflow.python.tpu.ops.gen_xla_ops.get_minibatches_in_csr_with_physical_replica
tensor@1 tensorflow.raw_ops.GetOptions tensorflow.python.ops.gen_dataset_ops.GetOptions tensorflow.python.ops.gen_dataset_ops.get_options
tensor@1 tensorflow.raw_ops.GetSessionHandle tensorflow.python.ops.data_flow_ops.GetSessionHandle tensorflow.python.ops.gen_data_flow_ops.GetSessionHandle tensorflow.python.ops.gen_data_flow_ops.get_session_handle tensorflow.python.ops.standard_ops.GetSessionHandle
tensor@1 tensorflow.raw_ops.GetSessionHandleV2 tensorflow.python.ops.data_flow_ops.GetSessionHandleV2 tensorflow.python.ops.gen_data_flow_ops.GetSessionHandleV2 tensorflow.python.ops.gen_data_flow_ops.get_session_handle_v2 tensorflow.python.ops.standard_ops.GetSessionHandleV2
tensor@2 tensorflow.raw_ops.GetSessionTensor tensorflow.python.ops.data_flow_ops.GetSessionTensor tensorflow.python.ops.gen_data_flow_ops.GetSessionTensor tensorflow.python.ops.gen_data_flow_ops.get_session_tensor tensorflow.python.ops.standard_ops.GetSessionTensor
tensor_list@10 tensorflow.raw_ops.GetStatsFromListOfSparseCoreCooTensors tensorflow.python.tpu.ops.gen_xla_ops.GetStatsFromListOfSparseCoreCooTensors tensorflow.python.tpu.ops.gen_xla_ops.get_stats_from_list_of_sparse_core_coo_tensors
tensor@0 tensorflow.raw_ops.GlobalIterId tensorflow.python.tpu.ops.gen_xla_ops.GlobalIterId tensorflow.python.tpu.ops.gen_xla_ops.global_iter_id
tensor@8 tensorflow.raw_ops.GlobalShuffleDataset tensorflow.python.ops.gen_experimental_dataset_ops.GlobalShuffleDataset tensorflow.python.ops.gen_experimental_dataset_ops.global_shuffle_dataset
tensor@11 tensorflow.raw_ops.GroupByReducerDataset tensorflow.python.ops.gen_experimental_dataset_ops.GroupByReducerDataset tensorflow.python.ops.gen_experimental_dataset_ops.group_by_reducer_dataset
tensor@10 tensorflow.raw_ops.GroupByWindowDataset tensorflow.python.ops.gen_experimental_dataset_ops.GroupByWindowDataset tensorflow.python.ops.gen_experimental_dataset_ops.group_by_window_dataset
tensor@1 tensorflow.raw_ops.GuaranteeConst tensorflow.python.ops.array_ops.GuaranteeConst tensorflow.python.ops.gen_array_ops.GuaranteeConst tensorflow.python.ops.gen_array_ops.guarantee_const tensorflow.python.ops.standard_ops.GuaranteeConst
tensor@1 tensorflow.raw_ops.HSVToRGB tensorflow.image.hsv_to_rgb tensorflow.python.ops.gen_image_ops.HSVToRGB tensorflow.python.ops.gen_image_ops.hsv_to_rgb tensorflow.python.ops.image_ops.HSVToRGB tensorflow.python.ops.image_ops.hsv_to_rgb
tensor@5 tensorflow.raw_ops.HashTable tensorflow.python.ops.gen_lookup_ops.HashTable tensorflow.python.ops.gen_lookup_ops.hash_table
tensor@5 tensorflow.raw_ops.HashTableV2 tensorflow.python.ops.gen_lookup_ops.HashTableV2 tensorflow.python.ops.gen_lookup_ops.hash_table_v2 tensorflow.python.ops.lookup_ops.HashTableV2
tensor@4 tensorflow.raw_ops.HistogramFixedWidth tensorflow.python.ops.gen_math_ops.HistogramFixedWidth tensorflow.python.ops.gen_math_ops._histogram_fixed_width tensorflow.python.ops.math_ops.HistogramFixedWidth tensorflow.python.ops.standard_ops.HistogramFixedWidth
tensor@2 tensorflow.raw_ops.HistogramSummary tensorflow.python.ops.gen_logging_ops.HistogramSummary tensorflow.python.ops.gen_logging_ops.histogram_summary tensorflow.python.ops.logging_ops.HistogramSummary
tensor@3 tensorflow.raw_ops.IRFFT tensorflow.python.ops.gen_spectral_ops.IRFFT tensorflow.python.ops.gen_spectral_ops.irfft
tensor@3 tensorflow.raw_ops.IRFFT2D tensorflow.python.ops.gen_spectral_ops.IRFFT2D tensorflow.python.ops.gen_spectral_ops.irfft2d
tensor@3 tensorflow.raw_ops.IRFFT3D tensorflow.python.ops.gen_spectral_ops.IRFFT3D tensorflow.python.ops.gen_spectral_ops.irfft3d
tensor@1 tensorflow.raw_ops.Identity tensorflow.python.ops.array_ops.Identity tensorflow.python.ops.gen_array_ops.Identity tensorflow.python.ops.gen_array_ops.identity
tensor@2 tensorflow.raw_ops.IdentityReader tensorflow.python.ops.gen_io_ops.IdentityReader tensorflow.python.ops.gen_io_ops.identity_reader
tensor@2 tensorflow.raw_ops.IdentityReaderV2 tensorflow.python.ops.gen_io_ops.IdentityReaderV2 tensorflow.python.ops.gen_io_ops.identity_reader_v2 tensorflow.python.ops.io_ops.IdentityReaderV2 tensorflow.python.ops.standard_ops.IdentityReaderV2
tensor_list@6 tensorflow.raw_ops.If tensorflow.python.ops.gen_functional_ops.If tensorflow.python.ops.gen_functional_ops._if
tensor@2 tensorflow.raw_ops.Igamma tensorflow.compat.v1.igamma tensorflow.math.igamma tensorflow.python.ops.gen_math_ops.Igamma tensorflow.python.ops.gen_math_ops.igamma tensorflow.python.ops.math_ops.Igamma tensorflow.python.ops.math_ops.igamma tensorflow.python.ops.standard_ops.Igamma tensorflow.python.ops.standard_ops.igamma
tensor@2 tensorflow.raw_ops.IgammaGradA tensorflow.python.ops.gen_math_ops.IgammaGradA tensorflow.python.ops.gen_math_ops.igamma_grad_a tensorflow.python.ops.math_ops.IgammaGradA tensorflow.python.ops.standard_ops.IgammaGradA
tensor@2 tensorflow.raw_ops.Igammac tensorflow.compat.v1.igammac tensorflow.math.igammac tensorflow.python.ops.gen_math_ops.Igammac tensorflow.python.ops.gen_math_ops.igammac tensorflow.python.ops.math_ops.Igammac tensorflow.python.ops.math_ops.igammac tensorflow.python.ops.standard_ops.Igammac tensorflow.python.ops.standard_ops.igammac
tensor@4 tensorflow.raw_ops.IgnoreErrorsDataset tensorflow.python.ops.gen_experimental_dataset_ops.IgnoreErrorsDataset tensorflow.python.ops.gen_experimental_dataset_ops.ignore_errors_dataset
tensor@2 tensorflow.raw_ops.Imag tensorflow.python.ops.gen_math_ops.Imag tensorflow.python.ops.gen_math_ops.imag tensorflow.python.ops.math_ops.Imag tensorflow.python.ops.standard_ops.Imag
tensor@5 tensorflow.raw_ops.ImageProjectiveTransformV2 tensorflow.python.ops.gen_image_ops.ImageProjectiveTransformV2 tensorflow.python.ops.gen_image_ops.image_projective_transform_v2 tensorflow.python.ops.image_ops.ImageProjectiveTransformV2
tensor@6 tensorflow.raw_ops.ImageProjectiveTransformV3 tensorflow.python.ops.gen_image_ops.ImageProjectiveTransformV3 tensorflow.python.ops.gen_image_ops.image_projective_transform_v3 tensorflow.python.ops.image_ops.ImageProjectiveTransformV3
tensor@4 tensorflow.raw_ops.ImageSummary tensorflow.python.ops.gen_logging_ops.ImageSummary tensorflow.python.ops.gen_logging_ops.image_summary tensorflow.python.ops.logging_ops.ImageSummary
tensor@3 tensorflow.raw_ops.ImmutableConst tensorflow.python.ops.array_ops.ImmutableConst tensorflow.python.ops.gen_array_ops.ImmutableConst tensorflow.python.ops.gen_array_ops.immutable_const tensorflow.python.ops.standard_ops.ImmutableConst
none@2 tensorflow.raw_ops.ImportEvent tensorflow.python.ops.gen_summary_ops.ImportEvent tensorflow.python.ops.gen_summary_ops.import_event
tensor@3 tensorflow.raw_ops.InTopK tensorflow.python.ops.gen_nn_ops.InTopK tensorflow.python.ops.gen_nn_ops.in_top_k tensorflow.python.ops.nn.InTopK tensorflow.python.ops.nn_ops.InTopK
tensor@3 tensorflow.raw_ops.InTopKV2 tensorflow.python.ops.gen_nn_ops.InTopKV2 tensorflow.python.ops.gen_nn_ops.in_top_kv2 tensorflow.python.ops.nn.InTopKV2 tensorflow.python.ops.nn_ops.InTopKV2
tensor@9 tensorflow.raw_ops.IndexFlatMapDataset tensorflow.python.ops.gen_experimental_dataset_ops.IndexFlatMapDataset tensorflow.python.ops.gen_experimental_dataset_ops.index_flat_map_dataset
tensor@2 tensorflow.raw_ops.InfeedDequeue tensorflow.python.ops.gen_tpu_ops.InfeedDequeue tensorflow.python.ops.gen_tpu_ops.infeed_dequeue tensorflow.python.tpu.ops.tpu_ops.InfeedDequeue
tensor_list@2 tensorflow.raw_ops.InfeedDequeueTuple tensorflow.python.ops.gen_tpu_ops.InfeedDequeueTuple tensorflow.python.ops.gen_tpu_ops.infeed_dequeue_tuple tensorflow.python.tpu.ops.tpu_ops.InfeedDequeueTuple
none@4 tensorflow.raw_ops.InfeedEnqueue tensorflow.python.ops.gen_tpu_ops.InfeedEnqueue tensorflow.python.ops.gen_tpu_ops.infeed_enqueue tensorflow.python.tpu.ops.tpu_ops.InfeedEnqueue
none@2 tensorflow.raw_ops.InfeedEnqueuePrelinearizedBuffer tensorflow.python.ops.gen_tpu_ops.InfeedEnqueuePrelinearizedBuffer tensorflow.python.ops.gen_tpu_ops.infeed_enqueue_prelinearized_buffer tensorflow.python.tpu.ops.tpu_ops.InfeedEnqueuePrelinearizedBuffer
none@4 tensorflow.raw_ops.InfeedEnqueueTuple tensorflow.python.ops.gen_tpu_ops.InfeedEnqueueTuple tensorflow.python.ops.gen_tpu_ops.infeed_enqueue_tuple tensorflow.python.tpu.ops.tpu_ops.InfeedEnqueueTuple
none@3 tensorflow.raw_ops.InitializeTable tensorflow.python.ops.gen_lookup_ops.InitializeTable tensorflow.python.ops.gen_lookup_ops.initialize_table tensorflow.python.ops.lookup_ops.InitializeTable
none@2 tensorflow.raw_ops.InitializeTableFromDataset tensorflow.python.ops.gen_experimental_dataset_ops.InitializeTableFromDataset tensorflow.python.ops.gen_experimental_dataset_ops.initialize_table_from_dataset
none@7 tensorflow.raw_ops.InitializeTableFromTextFile tensorflow.python.ops.gen_lookup_ops.InitializeTableFromTextFile tensorflow.python.ops.gen_lookup_ops.initialize_table_from_text_file tensorflow.python.ops.lookup_ops.InitializeTableFromTextFile
none@7 tensorflow.raw_ops.InitializeTableFromTextFileV2 tensorflow.python.ops.gen_lookup_ops.InitializeTableFromTextFileV2 tensorflow.python.ops.gen_lookup_ops.initialize_table_from_text_file_v2 tensorflow.python.ops.lookup_ops.InitializeTableFromTextFileV2
none@3 tensorflow.raw_ops.InitializeTableV2 tensorflow.python.ops.gen_lookup_ops.InitializeTableV2 tensorflow.python.ops.gen_lookup_ops.initialize_table_v2 tensorflow.python.ops.lookup_ops.InitializeTableV2
tensor@3 tensorflow.raw_ops.InplaceAdd tensorflow.python.ops.array_ops.InplaceAdd tensorflow.python.ops.gen_array_ops.InplaceAdd tensorflow.python.ops.gen_array_ops.inplace_add tensorflow.python.ops.standard_ops.InplaceAdd
tensor@3 tensorflow.raw_ops.InplaceSub tensorflow.python.ops.array_ops.InplaceSub tensorflow.python.ops.gen_array_ops.InplaceSub tensorflow.python.ops.gen_array_ops.inplace_sub tensorflow.python.ops.standard_ops.InplaceSub
tensor@3 tensorflow.raw_ops.InplaceUpdate tensorflow.python.ops.array_ops.InplaceUpdate tensorflow.python.ops.gen_array_ops.InplaceUpdate tensorflow.python.ops.gen_array_ops.inplace_update tensorflow.python.ops.standard_ops.InplaceUpdate
tensor@8 tensorflow.raw_ops.InterleaveDataset tensorflow.python.ops.gen_dataset_ops.InterleaveDataset tensorflow.python.ops.gen_dataset_ops.interleave_dataset
tensor@1 tensorflow.raw_ops.Inv tensorflow.python.ops.gen_math_ops.Inv tensorflow.python.ops.gen_math_ops.inv tensorflow.python.ops.math_ops.Inv tensorflow.python.ops.standard_ops.Inv
tensor@2 tensorflow.raw_ops.InvGrad tensorflow.python.ops.gen_math_ops.InvGrad tensorflow.python.ops.gen_math_ops.inv_grad tensorflow.python.ops.math_ops.InvGrad tensorflow.python.ops.standard_ops.InvGrad
tensor@1 tensorflow.raw_ops.Invert tensorflow.bitwise.invert tensorflow.python.ops.bitwise_ops.Invert tensorflow.python.ops.bitwise_ops.invert tensorflow.python.ops.gen_bitwise_ops.Invert tensorflow.python.ops.gen_bitwise_ops.invert
tensor@1 tensorflow.raw_ops.InvertPermutation tensorflow.compat.v1.invert_permutation tensorflow.math.invert_permutation tensorflow.python.ops.array_ops.InvertPermutation tensorflow.python.ops.array_ops.invert_permutation tensorflow.python.ops.gen_array_ops.InvertPermutation tensorflow.python.ops.gen_array_ops.invert_permutation tensorflow.python.ops.standard_ops.InvertPermutation tensorflow.python.ops.standard_ops.invert_permutation
tensor@1 tensorflow.raw_ops.IsBoostedTreesEnsembleInitialized tensorflow.python.ops.gen_boosted_trees_ops.IsBoostedTreesEnsembleInitialized tensorflow.python.ops.gen_boosted_trees_ops.is_boosted_trees_ensemble_initialized
tensor@1 tensorflow.raw_ops.IsBoostedTreesQuantileStreamResourceInitialized tensorflow.python.ops.gen_boosted_trees_ops.IsBoostedTreesQuantileStreamResourceInitialized tensorflow.python.ops.gen_boosted_trees_ops.is_boosted_trees_quantile_stream_resource_initialized
tensor@1 tensorflow.raw_ops.IsFinite tensorflow.compat.v1.debugging.is_finite tensorflow.compat.v1.is_finite tensorflow.math.is_finite tensorflow.python.ops.gen_math_ops.IsFinite tensorflow.python.ops.gen_math_ops.is_finite tensorflow.python.ops.math_ops.IsFinite tensorflow.python.ops.math_ops.is_finite tensorflow.python.ops.standard_ops.IsFinite tensorflow.python.ops.standard_ops.is_finite
tensor@1 tensorflow.raw_ops.IsInf tensorflow.compat.v1.debugging.is_inf tensorflow.compat.v1.is_inf tensorflow.math.is_inf tensorflow.python.ops.gen_math_ops.IsInf tensorflow.python.ops.gen_math_ops.is_inf tensorflow.python.ops.math_ops.IsInf tensorflow.python.ops.math_ops.is_inf tensorflow.python.ops.standard_ops.IsInf tensorflow.python.ops.standard_ops.is_inf
tensor@1 tensorflow.raw_ops.IsNan tensorflow.compat.v1.debugging.is_nan tensorflow.compat.v1.is_nan tensorflow.math.is_nan tensorflow.python.ops.gen_math_ops.IsNan tensorflow.python.ops.gen_math_ops.is_nan tensorflow.python.ops.math_ops.IsNan tensorflow.python.ops.math_ops.is_nan tensorflow.python.ops.standard_ops.IsNan tensorflow.python.ops.standard_ops.is_nan
tensor@1 tensorflow.raw_ops.IsTPUEmbeddingInitialized tensorflow.python.ops.gen_tpu_ops.IsTPUEmbeddingInitialized tensorflow.python.ops.gen_tpu_ops.is_tpu_embedding_initialized tensorflow.python.tpu.ops.tpu_ops.IsTPUEmbeddingInitialized
tensor@1 tensorflow.raw_ops.IsVariableInitialized tensorflow.python.ops.gen_state_ops.IsVariableInitialized tensorflow.python.ops.gen_state_ops.is_variable_initialized tensorflow.python.ops.state_ops.IsVariableInitialized
tensor_list@2 tensorflow.raw_ops.IsotonicRegression tensorflow.python.ops.gen_nn_ops.IsotonicRegression tensorflow.python.ops.gen_nn_ops.isotonic_regression tensorflow.python.ops.nn.IsotonicRegression tensorflow.python.ops.nn_ops.IsotonicRegression
tensor@4 tensorflow.raw_ops.Iterator tensorflow.python.ops.gen_dataset_ops.Iterator tensorflow.python.ops.gen_dataset_ops.iterator
tensor@3 tensorflow.raw_ops.IteratorFromStringHandle tensorflow.python.ops.gen_dataset_ops.IteratorFromStringHandle tensorflow.python.ops.gen_dataset_ops.iterator_from_string_handle
tensor@3 tensorflow.raw_ops.IteratorFromStringHandleV2 tensorflow.python.ops.gen_dataset_ops.IteratorFromStringHandleV2 tensorflow.python.ops.gen_dataset_ops.iterator_from_string_handle_v2
tensor@1 tensorflow.raw_ops.IteratorGetDevice tensorflow.python.ops.gen_experimental_dataset_ops.IteratorGetDevice tensorflow.python.ops.gen_experimental_dataset_ops.iterator_get_device
tensor@1 tensorflow.raw_ops.IteratorGetModelProto tensorflow.python.ops.gen_experimental_dataset_ops.IteratorGetModelProto tensorflow.python.ops.gen_experimental_dataset_ops.iterator_get_model_proto
tensor_list@3 tensorflow.raw_ops.IteratorGetNext tensorflow.python.ops.gen_dataset_ops.IteratorGetNext tensorflow.python.ops.gen_dataset_ops.iterator_get_next
tensor@3 tensorflow.raw_ops.IteratorGetNextAsOptional tensorflow.python.ops.gen_dataset_ops.IteratorGetNextAsOptional tensorflow.python.ops.gen_dataset_ops.iterator_get_next_as_optional
tensor_list@3 tensorflow.raw_ops.IteratorGetNextSync tensorflow.python.ops.gen_dataset_ops.IteratorGetNextSync tensorflow.python.ops.gen_dataset_ops.iterator_get_next_sync
tensor@1 tensorflow.raw_ops.IteratorToStringHandle tensorflow.python.ops.gen_dataset_ops.IteratorToStringHandle tensorflow.python.ops.gen_dataset_ops.iterator_to_string_handle
tensor@4 tensorflow.raw_ops.IteratorV2 tensorflow.python.ops.gen_dataset_ops.IteratorV2 tensorflow.python.ops.gen_dataset_ops.iterator_v2
tensor@2 tensorflow.raw_ops.KMC2ChainInitialization tensorflow.python.ops.gen_clustering_ops.KMC2ChainInitialization tensorflow.python.ops.gen_clustering_ops.kmc2_chain_initialization
tensor@4 tensorflow.raw_ops.KmeansPlusPlusInitialization tensorflow.python.ops.gen_clustering_ops.KmeansPlusPlusInitialization tensorflow.python.ops.gen_clustering_ops.kmeans_plus_plus_initialization
tensor@1 tensorflow.raw_ops.L2Loss tensorflow.nn.l2_loss tensorflow.python.ops.gen_nn_ops.L2Loss tensorflow.python.ops.gen_nn_ops.l2_loss tensorflow.python.ops.nn.L2Loss tensorflow.python.ops.nn.l2_loss tensorflow.python.ops.nn_ops.L2Loss tensorflow.python.ops.nn_ops.l2_loss
tensor@3 tensorflow.raw_ops.LMDBDataset tensorflow.python.ops.gen_experimental_dataset_ops.LMDBDataset tensorflow.python.ops.gen_experimental_dataset_ops.lmdb_dataset
tensor@2 tensorflow.raw_ops.LMDBReader tensorflow.python.ops.gen_io_ops.LMDBReader tensorflow.python.ops.gen_io_ops.lmdb_reader
tensor@5 tensorflow.raw_ops.LRN tensorflow.nn.local_response_normalization tensorflow.nn.lrn tensorflow.python.ops.gen_nn_ops.LRN tensorflow.python.ops.gen_nn_ops.lrn tensorflow.python.ops.nn.LRN tensorflow.python.ops.nn.local_response_normalization tensorflow.python.ops.nn.lrn tensorflow.python.ops.nn_ops.LRN tensorflow.python.ops.nn_ops.local_response_normalization tensorflow.python.ops.nn_ops.lrn
tensor@7 tensorflow.raw_ops.LRNGrad tensorflow.python.ops.gen_nn_ops.LRNGrad tensorflow.python.ops.gen_nn_ops.lrn_grad tensorflow.python.ops.nn.LRNGrad tensorflow.python.ops.nn_ops.LRNGrad
tensor_list@11 tensorflow.raw_ops.LSTMBlockCell tensorflow.python.ops.gen_rnn_ops.LSTMBlockCell tensorflow.python.ops.gen_rnn_ops.lstm_block_cell
tensor_list@17 tensorflow.raw_ops.LSTMBlockCellGrad tensorflow.python.ops.gen_rnn_ops.LSTMBlockCellGrad tensorflow.python.ops.gen_rnn_ops.lstm_block_cell_grad
tensor@4 tensorflow.raw_ops.LatencyStatsDataset tensorflow.python.ops.gen_experimental_dataset_ops.LatencyStatsDataset tensorflow.python.ops.gen_experimental_dataset_ops.latency_stats_dataset
tensor@2 tensorflow.raw_ops.LeakyRelu tensorflow.python.ops.gen_nn_ops.LeakyRelu tensorflow.python.ops.gen_nn_ops.leaky_relu tensorflow.python.ops.nn.LeakyRelu tensorflow.python.ops.nn_ops.LeakyRelu
tensor@3 tensorflow.raw_ops.LeakyReluGrad tensorflow.python.ops.gen_nn_ops.LeakyReluGrad tensorflow.python.ops.gen_nn_ops.leaky_relu_grad tensorflow.python.ops.nn.LeakyReluGrad tensorflow.python.ops.nn_ops.LeakyReluGrad
tensor_list@7 tensorflow.raw_ops.LearnedUnigramCandidateSampler tensorflow.python.ops.gen_candidate_sampling_ops.LearnedUnigramCandidateSampler tensorflow.python.ops.gen_candidate_sampling_ops.learned_unigram_candidate_sampler
tensor@2 tensorflow.raw_ops.LeftShift tensorflow.bitwise.left_shift tensorflow.python.ops.bitwise_ops.LeftShift tensorflow.python.ops.bitwise_ops.left_shift tensorflow.python.ops.gen_bitwise_ops.LeftShift tensorflow.python.ops.gen_bitwise_ops.left_shift
tensor@11 tensorflow.raw_ops.LegacyParallelInterleaveDatasetV2 tensorflow.python.ops.gen_experimental_dataset_ops.LegacyParallelInterleaveDatasetV2 tensorflow.python.ops.gen_experimental_dataset_ops.legacy_parallel_interleave_dataset_v2
tensor@1 tensorflow.raw_ops.Lgamma tensorflow.compat.v1.lgamma tensorflow.math.lgamma tensorflow.python.ops.gen_math_ops.Lgamma tensorflow.python.ops.gen_math_ops.lgamma tensorflow.python.ops.math_ops.Lgamma tensorflow.python.ops.math_ops.lgamma tensorflow.python.ops.standard_ops.Lgamma tensorflow.python.ops.standard_ops.lgamma
tensor@3 tensorflow.raw_ops.LinSpace tensorflow.python.ops.gen_math_ops.LinSpace tensorflow.python.ops.gen_math_ops.lin_space tensorflow.python.ops.math_ops.LinSpace tensorflow.python.ops.standard_ops.LinSpace
tensor@4 tensorflow.raw_ops.ListDataset tensorflow.python.ops.gen_experimental_dataset_ops.ListDataset tensorflow.python.ops.gen_experimental_dataset_ops.list_dataset
tensor_list@3 tensorflow.raw_ops.ListDiff tensorflow.python.ops.array_ops.ListDiff tensorflow.python.ops.gen_array_ops.ListDiff tensorflow.python.ops.gen_array_ops.list_diff tensorflow.python.ops.standard_ops.ListDiff
tensor@3 tensorflow.raw_ops.ListSnapshotChunksDataset tensorflow.python.ops.gen_experimental_dataset_ops.ListSnapshotChunksDataset tensorflow.python.ops.gen_experimental_dataset_ops.list_snapshot_chunks_dataset
tensor@8 tensorflow.raw_ops.LoadAndRemapMatrix tensorflow.python.ops.gen_checkpoint_ops.LoadAndRemapMatrix tensorflow.python.ops.gen_checkpoint_ops.load_and_remap_matrix
tensor@6 tensorflow.raw_ops.LoadDataset tensorflow.python.ops.gen_experimental_dataset_ops.LoadDataset tensorflow.python.ops.gen_experimental_dataset_ops.load_dataset
none@8 tensorflow.raw_ops.LoadTPUEmbeddingADAMParameters tensorflow.python.ops.gen_tpu_ops.LoadTPUEmbeddingADAMParameters tensorflow.python.ops.gen_tpu_ops.load_tpu_embedding_adam_parameters tensorflow.python.tpu.ops.tpu_ops.LoadTPUEmbeddingADAMParameters
none@8 tensorflow.raw_ops.LoadTPUEmbeddingAdadeltaParameters tensorflow.python.ops.gen_tpu_ops.LoadTPUEmbeddingAdadeltaParameters tensorflow.python.ops.gen_tpu_ops.load_tpu_embedding_adadelta_parameters tensorflow.python.tpu.ops.tpu_ops.LoadTPUEmbeddingAdadeltaParameters
none@8 tensorflow.raw_ops.LoadTPUEmbeddingAdagradMomentumParameters tensorflow.python.ops.gen_tpu_ops.LoadTPUEmbeddingAdagradMomentumParameters tensorflow.python.ops.gen_tpu_ops.load_tpu_embedding_adagrad_momentum_parameters tensorflow.python.tpu.ops.tpu_ops.LoadTPUEmbeddingAdagradMomentumParameters
none@7 tensorflow.raw_ops.LoadTPUEmbeddingAdagradParameters tensorflow.python.ops.gen_tpu_ops.LoadTPUEmbeddingAdagradParameters tensorflow.python.ops.gen_tpu_ops.load_tpu_embedding_adagrad_parameters tensorflow.python.tpu.ops.tpu_ops.LoadTPUEmbeddingAdagradParameters
none@9 tensorflow.raw_ops.LoadTPUEmbeddingCenteredRMSPropParameters tensorflow.python.ops.gen_tpu_ops.LoadTPUEmbeddingCenteredRMSPropParameters tensorflow.python.ops.gen_tpu_ops.load_tpu_embedding_centered_rms_prop_parameters tensorflow.python.tpu.ops.tpu_ops.LoadTPUEmbeddingCenteredRMSPropParameters
none@8 tensorflow.raw_ops.LoadTPUEmbeddingFTRLParameters tensorflow.python.ops.gen_tpu_ops.LoadTPUEmbeddingFTRLParameters tensorflow.python.ops.gen_tpu_ops.load_tpu_embedding_ftrl_parameters tensorflow.python.tpu.ops.tpu_ops.LoadTPUEmbeddingFTRLParameters
none@7 tensorflow.raw_ops.LoadTPUEmbeddingFrequencyEstimatorParameters tensorflow.python.ops.gen_tpu_ops.LoadTPUEmbeddingFrequencyEstimatorParameters tensorflow.python.ops.gen_tpu_ops.load_tpu_embedding_frequency_estimator_parameters tensorflow.python.tpu.ops.tpu_ops.LoadTPUEmbeddingFrequencyEstimatorParameters
none@9 tensorflow.raw_ops.LoadTPUEmbeddingMDLAdagradLightParameters tensorflow.python.ops.gen_tpu_ops.LoadTPUEmbeddingMDLAdagradLightParameters tensorflow.python.ops.gen_tpu_ops.load_tpu_embedding_mdl_adagrad_light_parameters tensorflow.python.tpu.ops.tpu_ops.LoadTPUEmbeddingMDLAdagradLightParameters
none@7 tensorflow.raw_ops.LoadTPUEmbeddingMomentumParameters tensorflow.python.ops.gen_tpu_ops.LoadTPUEmbeddingMomentumParameters tensorflow.python.ops.gen_tpu_ops.load_tpu_embedding_momentum_parameters tensorflow.python.tpu.ops.tpu_ops.LoadTPUEmbeddingMomentumParameters
none@7 tensorflow.raw_ops.LoadTPUEmbeddingProximalAdagradParameters tensorflow.python.ops.gen_tpu_ops.LoadTPUEmbeddingProximalAdagradParameters tensorflow.python.ops.gen_tpu_ops.load_tpu_embedding_proximal_adagrad_parameters tensorflow.python.tpu.ops.tpu_ops.LoadTPUEmbeddingProximalAdagradParameters
none@8 tensorflow.raw_ops.LoadTPUEmbeddingProximalYogiParameters tensorflow.python.ops.gen_tpu_ops.LoadTPUEmbeddingProximalYogiParameters tensorflow.python.ops.gen_tpu_ops.load_tpu_embedding_proximal_yogi_parameters tensorflow.python.tpu.ops.tpu_ops.LoadTPUEmbeddingProximalYogiParameters
none@8 tensorflow.raw_ops.LoadTPUEmbeddingRMSPropParameters tensorflow.python.ops.gen_tpu_ops.LoadTPUEmbeddingRMSPropParameters tensorflow.python.ops.gen_tpu_ops.load_tpu_embedding_rms_prop_parameters tensorflow.python.tpu.ops.tpu_ops.LoadTPUEmbeddingRMSPropParameters
none@6 tensorflow.raw_ops.LoadTPUEmbeddingStochasticGradientDescentParameters tensorflow.python.ops.gen_tpu_ops.LoadTPUEmbeddingStochasticGradientDescentParameters tensorflow.python.ops.gen_tpu_ops.load_tpu_embedding_stochastic_gradient_descent_parameters tensorflow.python.tpu.ops.tpu_ops.LoadTPUEmbeddingStochasticGradientDescentParameters
tensor@1 tensorflow.raw_ops.Log tensorflow.compat.v1.log tensorflow.math.log tensorflow.python.ops.gen_math_ops.Log tensorflow.python.ops.gen_math_ops.log tensorflow.python.ops.math_ops.Log tensorflow.python.ops.math_ops.log tensorflow.python.ops.standard_ops.Log tensorflow.python.ops.standard_ops.log
tensor@1 tensorflow.raw_ops.Log1p tensorflow.compat.v1.log1p tensorflow.math.log1p tensorflow.python.ops.gen_math_ops.Log1p tensorflow.python.ops.gen_math_ops.log1p tensorflow.python.ops.math_ops.Log1p tensorflow.python.ops.math_ops.log1p tensorflow.python.ops.standard_ops.Log1p tensorflow.python.ops.standard_ops.log1p
tensor_list@1 tensorflow.raw_ops.LogMatrixDeterminant tensorflow.linalg.slogdet tensorflow.python.ops.gen_linalg_ops.LogMatrixDeterminant tensorflow.python.ops.gen_linalg_ops.log_matrix_determinant tensorflow.python.ops.linalg.linalg_impl.slogdet tensorflow.python.ops.linalg_ops.LogMatrixDeterminant tensorflow.python.ops.linalg_ops.log_matrix_determinant tensorflow.python.ops.standard_ops.LogMatrixDeterminant tensorflow.python.ops.standard_ops.log_matrix_determinant
tensor@1 tensorflow.raw_ops.LogSoftmax tensorflow.python.ops.gen_nn_ops.LogSoftmax tensorflow.python.ops.gen_nn_ops.log_softmax tensorflow.python.ops.nn.LogSoftmax tensorflow.python.ops.nn_ops.LogSoftmax
tensor_list@7 tensorflow.raw_ops.LogUniformCandidateSampler tensorflow.python.ops.gen_candidate_sampling_ops.LogUniformCandidateSampler tensorflow.python.ops.gen_candidate_sampling_ops.log_uniform_candidate_sampler
tensor_list@3 tensorflow.raw_ops.LookupTableExport tensorflow.python.ops.gen_lookup_ops.LookupTableExport tensorflow.python.ops.gen_lookup_ops.lookup_table_export tensorflow.python.ops.lookup_ops.LookupTableExport
tensor_list@3 tensorflow.raw_ops.LookupTableExportV2 tensorflow.python.ops.gen_lookup_ops.LookupTableExportV2 tensorflow.python.ops.gen_lookup_ops.lookup_table_export_v2 tensorflow.python.ops.lookup_ops.LookupTableExportV2
tensor@3 tensorflow.raw_ops.LookupTableFind tensorflow.python.ops.gen_lookup_ops.LookupTableFind tensorflow.python.ops.gen_lookup_ops.lookup_table_find tensorflow.python.ops.lookup_ops.LookupTableFind
tensor@3 tensorflow.raw_ops.LookupTableFindV2 tensorflow.python.ops.gen_lookup_ops.LookupTableFindV2 tensorflow.python.ops.gen_lookup_ops.lookup_table_find_v2 tensorflow.python.ops.lookup_ops.LookupTableFindV2
none@3 tensorflow.raw_ops.LookupTableImport tensorflow.python.ops.gen_lookup_ops.LookupTableImport tensorflow.python.ops.gen_lookup_ops.lookup_table_import tensorflow.python.ops.lookup_ops.LookupTableImport
none@3 tensorflow.raw_ops.LookupTableImportV2 tensorflow.python.ops.gen_lookup_ops.LookupTableImportV2 tensorflow.python.ops.gen_lookup_ops.lookup_table_import_v2 tensorflow.python.ops.lookup_ops.LookupTableImportV2
none@3 tensorflow.raw_ops.LookupTableInsert tensorflow.python.ops.gen_lookup_ops.LookupTableInsert tensorflow.python.ops.gen_lookup_ops.lookup_table_insert tensorflow.python.ops.lookup_ops.LookupTableInsert
none@3 tensorflow.raw_ops.LookupTableInsertV2 tensorflow.python.ops.gen_lookup_ops.LookupTableInsertV2 tensorflow.python.ops.gen_lookup_ops.lookup_table_insert_v2 tensorflow.python.ops.lookup_ops.LookupTableInsertV2
none@2 tensorflow.raw_ops.LookupTableRemoveV2 tensorflow.python.ops.gen_lookup_ops.LookupTableRemoveV2 tensorflow.python.ops.gen_lookup_ops.lookup_table_remove_v2 tensorflow.python.ops.lookup_ops.LookupTableRemoveV2
tensor@1 tensorflow.raw_ops.LookupTableSize tensorflow.python.ops.gen_lookup_ops.LookupTableSize tensorflow.python.ops.gen_lookup_ops.lookup_table_size tensorflow.python.ops.lookup_ops.LookupTableSize
tensor@1 tensorflow.raw_ops.LookupTableSizeV2 tensorflow.python.ops.gen_lookup_ops.LookupTableSizeV2 tensorflow.python.ops.gen_lookup_ops.lookup_table_size_v2 tensorflow.python.ops.lookup_ops.LookupTableSizeV2
tensor@1 tensorflow.raw_ops.LoopCond tensorflow.python.ops.control_flow_grad.LoopCond tensorflow.python.ops.control_flow_ops.LoopCond tensorflow.python.ops.gen_control_flow_ops.LoopCond tensorflow.python.ops.gen_control_flow_ops.loop_cond
tensor@3 tensorflow.raw_ops.LowerBound tensorflow.python.ops.array_ops.LowerBound tensorflow.python.ops.gen_array_ops.LowerBound tensorflow.python.ops.gen_array_ops.lower_bound tensorflow.python.ops.standard_ops.LowerBound
tensor_list@2 tensorflow.raw_ops.Lu tensorflow.linalg.lu tensorflow.python.ops.gen_linalg_ops.Lu tensorflow.python.ops.gen_linalg_ops.lu tensorflow.python.ops.linalg.linalg_impl.lu tensorflow.python.ops.linalg_ops.Lu tensorflow.python.ops.linalg_ops.lu tensorflow.python.ops.standard_ops.Lu tensorflow.python.ops.standard_ops.lu
none@2 tensorflow.raw_ops.MakeIterator tensorflow.python.ops.gen_dataset_ops.MakeIterator tensorflow.python.ops.gen_dataset_ops.make_iterator
tensor@10 tensorflow.raw_ops.MapAndBatchDataset tensorflow.python.ops.gen_experimental_dataset_ops.MapAndBatchDataset tensorflow.python.ops.gen_experimental_dataset_ops.map_and_batch_dataset
none@5 tensorflow.raw_ops.MapClear tensorflow.python.ops.data_flow_ops.MapClear tensorflow.python.ops.gen_data_flow_ops.MapClear tensorflow.python.ops.gen_data_flow_ops.map_clear tensorflow.python.ops.standard_ops.MapClear
tensor@9 tensorflow.raw_ops.MapDataset tensorflow.python.ops.gen_dataset_ops.MapDataset tensorflow.python.ops.gen_dataset_ops.map_dataset
tensor_list@6 tensorflow.raw_ops.MapDefun tensorflow.python.ops.gen_dataset_ops.MapDefun tensorflow.python.ops.gen_dataset_ops.map_defun
tensor@5 tensorflow.raw_ops.MapIncompleteSize tensorflow.python.ops.data_flow_ops.MapIncompleteSize tensorflow.python.ops.gen_data_flow_ops.MapIncompleteSize tensorflow.python.ops.gen_data_flow_ops.map_incomplete_size tensorflow.python.ops.standard_ops.MapIncompleteSize
tensor_list@7 tensorflow.raw_ops.MapPeek tensorflow.python.ops.data_flow_ops.MapPeek tensorflow.python.ops.gen_data_flow_ops.MapPeek tensorflow.python.ops.gen_data_flow_ops.map_peek tensorflow.python.ops.standard_ops.MapPeek
tensor@5 tensorflow.raw_ops.MapSize tensorflow.python.ops.data_flow_ops.MapSize tensorflow.python.ops.gen_data_flow_ops.MapSize tensorflow.python.ops.gen_data_flow_ops.map_size tensorflow.python.ops.standard_ops.MapSize
none@8 tensorflow.raw_ops.MapStage tensorflow.python.ops.data_flow_ops.MapStage tensorflow.python.ops.gen_data_flow_ops.MapStage tensorflow.python.ops.gen_data_flow_ops.map_stage tensorflow.python.ops.standard_ops.MapStage
tensor_list@7 tensorflow.raw_ops.MapUnstage tensorflow.python.ops.data_flow_ops.MapUnstage tensorflow.python.ops.gen_data_flow_ops.MapUnstage tensorflow.python.ops.gen_data_flow_ops.map_unstage tensorflow.python.ops.standard_ops.MapUnstage
tensor_list@6 tensorflow.raw_ops.MapUnstageNoKey tensorflow.python.ops.data_flow_ops.MapUnstageNoKey tensorflow.python.ops.gen_data_flow_ops.MapUnstageNoKey tensorflow.python.ops.gen_data_flow_ops.map_unstage_no_key tensorflow.python.ops.standard_ops.MapUnstageNoKey
tensor@6 tensorflow.raw_ops.MatMul tensorflow.python.ops.gen_math_ops.MatMul tensorflow.python.ops.gen_math_ops.mat_mul tensorflow.python.ops.math_ops.MatMul tensorflow.python.ops.standard_ops.MatMul
tensor@1 tensorflow.raw_ops.MatchingFiles tensorflow.compat.v1.matching_files tensorflow.io.matching_files tensorflow.python.ops.gen_io_ops.MatchingFiles tensorflow.python.ops.gen_io_ops.matching_files tensorflow.python.ops.io_ops.MatchingFiles tensorflow.python.ops.io_ops.matching_files tensorflow.python.ops.standard_ops.MatchingFiles tensorflow.python.ops.standard_ops.matching_files
tensor@1 tensorflow.raw_ops.MatchingFilesDataset tensorflow.python.ops.gen_experimental_dataset_ops.MatchingFilesDataset tensorflow.python.ops.gen_experimental_dataset_ops.matching_files_dataset
tensor@3 tensorflow.raw_ops.MatrixBandPart tensorflow.compat.v1.matrix_band_part tensorflow.linalg.band_part tensorflow.python.ops.array_ops.MatrixBandPart tensorflow.python.ops.array_ops.matrix_band_part tensorflow.python.ops.gen_array_ops.MatrixBandPart tensorflow.python.ops.gen_array_ops.matrix_band_part tensorflow.python.ops.linalg.linalg_impl.band_part tensorflow.python.ops.standard_ops.MatrixBandPart tensorflow.python.ops.standard_ops.matrix_band_part
tensor@1 tensorflow.raw_ops.MatrixDeterminant tensorflow.compat.v1.matrix_determinant tensorflow.linalg.det tensorflow.python.ops.gen_linalg_ops.MatrixDeterminant tensorflow.python.ops.gen_linalg_ops.matrix_determinant tensorflow.python.ops.linalg.linalg_impl.det tensorflow.python.ops.linalg_ops.MatrixDeterminant tensorflow.python.ops.linalg_ops.matrix_determinant tensorflow.python.ops.standard_ops.MatrixDeterminant tensorflow.python.ops.standard_ops.matrix_determinant
tensor@1 tensorflow.raw_ops.MatrixDiag tensorflow.python.ops.array_ops.MatrixDiag tensorflow.python.ops.gen_array_ops.MatrixDiag tensorflow.python.ops.gen_array_ops.matrix_diag tensorflow.python.ops.standard_ops.MatrixDiag
tensor@1 tensorflow.raw_ops.MatrixDiagPart tensorflow.python.ops.array_ops.MatrixDiagPart tensorflow.python.ops.gen_array_ops.MatrixDiagPart tensorflow.python.ops.gen_array_ops.matrix_diag_part tensorflow.python.ops.standard_ops.MatrixDiagPart
tensor@3 tensorflow.raw_ops.MatrixDiagPartV2 tensorflow.python.ops.array_ops.MatrixDiagPartV2 tensorflow.python.ops.gen_array_ops.MatrixDiagPartV2 tensorflow.python.ops.gen_array_ops.matrix_diag_part_v2 tensorflow.python.ops.standard_ops.MatrixDiagPartV2
tensor@4 tensorflow.raw_ops.MatrixDiagPartV3 tensorflow.python.ops.array_ops.MatrixDiagPartV3 tensorflow.python.ops.gen_array_ops.MatrixDiagPartV3 tensorflow.python.ops.gen_array_ops.matrix_diag_part_v3 tensorflow.python.ops.standard_ops.MatrixDiagPartV3
tensor@5 tensorflow.raw_ops.MatrixDiagV2 tensorflow.python.ops.array_ops.MatrixDiagV2 tensorflow.python.ops.gen_array_ops.MatrixDiagV2 tensorflow.python.ops.gen_array_ops.matrix_diag_v2 tensorflow.python.ops.standard_ops.MatrixDiagV2
tensor@6 tensorflow.raw_ops.MatrixDiagV3 tensorflow.python.ops.array_ops.MatrixDiagV3 tensorflow.python.ops.gen_array_ops.MatrixDiagV3 tensorflow.python.ops.gen_array_ops.matrix_diag_v3 tensorflow.python.ops.standard_ops.MatrixDiagV3
tensor@1 tensorflow.raw_ops.MatrixExponential tensorflow.python.ops.gen_linalg_ops.MatrixExponential tensorflow.python.ops.gen_linalg_ops.matrix_exponential tensorflow.python.ops.linalg_ops.MatrixExponential tensorflow.python.ops.standard_ops.MatrixExponential
tensor@2 tensorflow.raw_ops.MatrixInverse tensorflow.compat.v1.matrix_inverse tensorflow.linalg.inv tensorflow.python.ops.gen_linalg_ops.MatrixInverse tensorflow.python.ops.gen_linalg_ops.matrix_inverse tensorflow.python.ops.linalg.linalg_impl.inv tensorflow.python.ops.linalg_ops.MatrixInverse tensorflow.python.ops.linalg_ops.matrix_inverse tensorflow.python.ops.standard_ops.MatrixInverse tensorflow.python.ops.standard_ops.matrix_inverse
tensor@1 tensorflow.raw_ops.MatrixLogarithm tensorflow.linalg.logm tensorflow.python.ops.gen_linalg_ops.MatrixLogarithm tensorflow.python.ops.gen_linalg_ops.matrix_logarithm tensorflow.python.ops.linalg.linalg_impl.logm tensorflow.python.ops.linalg_ops.MatrixLogarithm tensorflow.python.ops.linalg_ops.matrix_logarithm tensorflow.python.ops.standard_ops.MatrixLogarithm tensorflow.python.ops.standard_ops.matrix_logarithm
tensor@2 tensorflow.raw_ops.MatrixSetDiag tensorflow.python.ops.array_ops.MatrixSetDiag tensorflow.python.ops.gen_array_ops.MatrixSetDiag tensorflow.python.ops.gen_array_ops.matrix_set_diag tensorflow.python.ops.standard_ops.MatrixSetDiag
tensor@3 tensorflow.raw_ops.MatrixSetDiagV2 tensorflow.python.ops.array_ops.MatrixSetDiagV2 tensorflow.python.ops.gen_array_ops.MatrixSetDiagV2 tensorflow.python.ops.gen_array_ops.matrix_set_diag_v2 tensorflow.python.ops.standard_ops.MatrixSetDiagV2
tensor@4 tensorflow.raw_ops.MatrixSetDiagV3 tensorflow.python.ops.array_ops.MatrixSetDiagV3 tensorflow.python.ops.gen_array_ops.MatrixSetDiagV3 tensorflow.python.ops.gen_array_ops.matrix_set_diag_v3 tensorflow.python.ops.standard_ops.MatrixSetDiagV3
tensor@3 tensorflow.raw_ops.MatrixSolve tensorflow.compat.v1.matrix_solve tensorflow.linalg.solve tensorflow.python.ops.gen_linalg_ops.MatrixSolve tensorflow.python.ops.gen_linalg_ops.matrix_solve tensorflow.python.ops.linalg.linalg_impl.solve tensorflow.python.ops.linalg_ops.MatrixSolve tensorflow.python.ops.linalg_ops.matrix_solve tensorflow.python.ops.standard_ops.MatrixSolve tensorflow.python.ops.standard_ops.matrix_solve
tensor@4 tensorflow.raw_ops.MatrixSolveLs tensorflow.python.ops.gen_linalg_ops.MatrixSolveLs tensorflow.python.ops.gen_linalg_ops.matrix_solve_ls tensorflow.python.ops.linalg_ops.MatrixSolveLs tensorflow.python.ops.standard_ops.MatrixSolveLs
tensor@4 tensorflow.raw_ops.MatrixTriangularSolve tensorflow.python.ops.gen_linalg_ops.MatrixTriangularSolve tensorflow.python.ops.gen_linalg_ops.matrix_triangular_solve tensorflow.python.ops.linalg_ops.MatrixTriangularSolve tensorflow.python.ops.standard_ops.MatrixTriangularSolve
tensor@3 tensorflow.raw_ops.Max tensorflow.python.ops.gen_math_ops.Max tensorflow.python.ops.gen_math_ops._max tensorflow.python.ops.math_ops.Max tensorflow.python.ops.standard_ops.Max
tensor@4 tensorflow.raw_ops.MaxIntraOpParallelismDataset tensorflow.python.ops.gen_experimental_dataset_ops.MaxIntraOpParallelismDataset tensorflow.python.ops.gen_experimental_dataset_ops.max_intra_op_parallelism_dataset
tensor@6 tensorflow.raw_ops.MaxPool tensorflow.python.ops.gen_nn_ops.MaxPool tensorflow.python.ops.gen_nn_ops.max_pool tensorflow.python.ops.nn.MaxPool tensorflow.python.ops.nn_ops.MaxPool
tensor@5 tensorflow.raw_ops.MaxPool3D tensorflow.python.ops.gen_nn_ops.MaxPool3D tensorflow.python.ops.gen_nn_ops.max_pool3d tensorflow.python.ops.nn.MaxPool3D tensorflow.python.ops.nn_ops.MaxPool3D
tensor@7 tensorflow.raw_ops.MaxPool3DGrad tensorflow.python.ops.gen_nn_ops.MaxPool3DGrad tensorflow.python.ops.gen_nn_ops.max_pool3d_grad tensorflow.python.ops.nn.MaxPool3DGrad tensorflow.python.ops.nn_ops.MaxPool3DGrad
tensor@7 tensorflow.raw_ops.MaxPool3DGradGrad tensorflow.python.ops.gen_nn_ops.MaxPool3DGradGrad tensorflow.python.ops.gen_nn_ops.max_pool3d_grad_grad tensorflow.python.ops.nn.MaxPool3DGradGrad tensorflow.python.ops.nn_ops.MaxPool3DGradGrad
tensor@8 tensorflow.raw_ops.MaxPoolGrad tensorflow.python.ops.gen_nn_ops.MaxPoolGrad tensorflow.python.ops.gen_nn_ops.max_pool_grad tensorflow.python.ops.nn.MaxPoolGrad tensorflow.python.ops.nn_ops.MaxPoolGrad
tensor@7 tensorflow.raw_ops.MaxPoolGradGrad tensorflow.python.ops.gen_nn_ops.MaxPoolGradGrad tensorflow.python.ops.gen_nn_ops.max_pool_grad_grad tensorflow.python.ops.nn.MaxPoolGradGrad tensorflow.python.ops.nn_ops.MaxPoolGradGrad
tensor@7 tensorflow.raw_ops.MaxPoolGradGradV2 tensorflow.python.ops.gen_nn_ops.MaxPoolGradGradV2 tensorflow.python.ops.gen_nn_ops.max_pool_grad_grad_v2 tensorflow.python.ops.nn.MaxPoolGradGradV2 tensorflow.python.ops.nn_ops.MaxPoolGradGradV2
tensor@7 tensorflow.raw_ops.MaxPoolGradGradWithArgmax tensorflow.python.ops.gen_nn_ops.MaxPoolGradGradWithArgmax tensorflow.python.ops.gen_nn_ops.max_pool_grad_grad_with_argmax tensorflow.python.ops.nn.MaxPoolGradGradWithArgmax tensorflow.python.ops.nn_ops.MaxPoolGradGradWithArgmax
tensor@7 tensorflow.raw_ops.MaxPoolGradV2 tensorflow.python.ops.gen_nn_ops.MaxPoolGradV2 tensorflow.python.ops.gen_nn_ops.max_pool_grad_v2 tensorflow.python.ops.nn.MaxPoolGradV2 tensorflow.python.ops.nn_ops.MaxPoolGradV2
tensor@7 tensorflow.raw_ops.MaxPoolGradWithArgmax tensorflow.python.ops.gen_nn_ops.MaxPoolGradWithArgmax tensorflow.python.ops.gen_nn_ops.max_pool_grad_with_argmax tensorflow.python.ops.nn.MaxPoolGradWithArgmax tensorflow.python.ops.nn_ops.MaxPoolGradWithArgmax
tensor@5 tensorflow.raw_ops.MaxPoolV2 tensorflow.python.ops.gen_nn_ops.MaxPoolV2 tensorflow.python.ops.gen_nn_ops.max_pool_v2 tensorflow.python.ops.nn.MaxPoolV2 tensorflow.python.ops.nn_ops.MaxPoolV2
tensor_list@6 tensorflow.raw_ops.MaxPoolWithArgmax tensorflow.python.ops.gen_nn_ops.MaxPoolWithArgmax tensorflow.python.ops.gen_nn_ops.max_pool_with_argmax tensorflow.python.ops.nn.MaxPoolWithArgmax tensorflow.python.ops.nn_ops.MaxPoolWithArgmax
tensor@3 tensorflow.raw_ops.Mean tensorflow.python.ops.gen_math_ops.Mean tensorflow.python.ops.gen_math_ops.mean tensorflow.python.ops.math_ops.Mean tensorflow.python.ops.standard_ops.Mean
tensor_list@1 tensorflow.raw_ops.Merge tensorflow.python.ops.control_flow_grad.Merge tensorflow.python.ops.control_flow_ops.Merge tensorflow.python.ops.gen_control_flow_ops.Merge tensorflow.python.ops.gen_control_flow_ops.merge
tensor@1 tensorflow.raw_ops.MergeSummary tensorflow.python.ops.gen_logging_ops.MergeSummary tensorflow.python.ops.gen_logging_ops.merge_summary tensorflow.python.ops.logging_ops.MergeSummary
none@4 tensorflow.raw_ops.MergeV2Checkpoints tensorflow.python.ops.gen_io_ops.MergeV2Checkpoints tensorflow.python.ops.gen_io_ops.merge_v2_checkpoints tensorflow.python.ops.io_ops.MergeV2Checkpoints tensorflow.python.ops.standard_ops.MergeV2Checkpoints
tensor@6 tensorflow.raw_ops.Mfcc tensorflow.python.ops.gen_audio_ops.Mfcc tensorflow.python.ops.gen_audio_ops.mfcc
tensor@3 tensorflow.raw_ops.Min tensorflow.python.ops.gen_math_ops.Min tensorflow.python.ops.gen_math_ops._min tensorflow.python.ops.math_ops.Min tensorflow.python.ops.standard_ops.Min
tensor@3 tensorflow.raw_ops.MirrorPad tensorflow.python.ops.array_ops.MirrorPad tensorflow.python.ops.gen_array_ops.MirrorPad tensorflow.python.ops.gen_array_ops.mirror_pad tensorflow.python.ops.standard_ops.MirrorPad
tensor@3 tensorflow.raw_ops.MirrorPadGrad tensorflow.python.ops.array_ops.MirrorPadGrad tensorflow.python.ops.gen_array_ops.MirrorPadGrad tensorflow.python.ops.gen_array_ops.mirror_pad_grad tensorflow.python.ops.standard_ops.MirrorPadGrad
tensor@2 tensorflow.raw_ops.Mod tensorflow.python.ops.gen_math_ops.Mod tensorflow.python.ops.gen_math_ops.mod tensorflow.python.ops.math_ops.Mod tensorflow.python.ops.standard_ops.Mod
tensor@6 tensorflow.raw_ops.ModelDataset tensorflow.python.ops.gen_dataset_ops.ModelDataset tensorflow.python.ops.gen_dataset_ops.model_dataset
tensor@2 tensorflow.raw_ops.Mul tensorflow.python.ops.gen_math_ops.Mul tensorflow.python.ops.gen_math_ops.mul tensorflow.python.ops.math_ops.Mul tensorflow.python.ops.standard_ops.Mul
tensor@2 tensorflow.raw_ops.MulNoNan tensorflow.python.ops.gen_math_ops.MulNoNan tensorflow.python.ops.gen_math_ops.mul_no_nan tensorflow.python.ops.math_ops.MulNoNan tensorflow.python.ops.standard_ops.MulNoNan
tensor@5 tensorflow.raw_ops.MultiDeviceIterator tensorflow.python.ops.gen_dataset_ops.MultiDeviceIterator tensorflow.python.ops.gen_dataset_ops.multi_device_iterator
tensor@3 tensorflow.raw_ops.MultiDeviceIteratorFromStringHandle tensorflow.python.ops.gen_dataset_ops.MultiDeviceIteratorFromStringHandle tensorflow.python.ops.gen_dataset_ops.multi_device_iterator_from_string_handle
tensor_list@5 tensorflow.raw_ops.MultiDeviceIteratorGetNextFromShard tensorflow.python.ops.gen_dataset_ops.MultiDeviceIteratorGetNextFromShard tensorflow.python.ops.gen_dataset_ops.multi_device_iterator_get_next_from_shard
tensor@3 tensorflow.raw_ops.MultiDeviceIteratorInit tensorflow.python.ops.gen_dataset_ops.MultiDeviceIteratorInit tensorflow.python.ops.gen_dataset_ops.multi_device_iterator_init
tensor@1 tensorflow.raw_ops.MultiDeviceIteratorToStringHandle tensorflow.python.ops.gen_dataset_ops.MultiDeviceIteratorToStringHandle tensorflow.python.ops.gen_dataset_ops.multi_device_iterator_to_string_handle
tensor@5 tensorflow.raw_ops.Multinomial tensorflow.python.ops.gen_random_ops.Multinomial tensorflow.python.ops.gen_random_ops.multinomial tensorflow.python.ops.random_ops.Multinomial tensorflow.python.ops.standard_ops.Multinomial
tensor@8 tensorflow.raw_ops.MutableDenseHashTable tensorflow.python.ops.gen_lookup_ops.MutableDenseHashTable tensorflow.python.ops.gen_lookup_ops.mutable_dense_hash_table tensorflow.python.ops.lookup_ops.MutableDenseHashTable
tensor@9 tensorflow.raw_ops.MutableDenseHashTableV2 tensorflow.python.ops.gen_lookup_ops.MutableDenseHashTableV2 tensorflow.python.ops.gen_lookup_ops.mutable_dense_hash_table_v2 tensorflow.python.ops.lookup_ops.MutableDenseHashTableV2
tensor@5 tensorflow.raw_ops.MutableHashTable tensorflow.python.ops.gen_lookup_ops.MutableHashTable tensorflow.python.ops.gen_lookup_ops.mutable_hash_table
tensor@6 tensorflow.raw_ops.MutableHashTableOfTensors tensorflow.python.ops.gen_lookup_ops.MutableHashTableOfTensors tensorflow.python.ops.gen_lookup_ops.mutable_hash_table_of_tensors tensorflow.python.ops.lookup_ops.MutableHashTableOfTensors
tensor@6 tensorflow.raw_ops.MutableHashTableOfTensorsV2 tensorflow.python.ops.gen_lookup_ops.MutableHashTableOfTensorsV2 tensorflow.python.ops.gen_lookup_ops.mutable_hash_table_of_tensors_v2 tensorflow.python.ops.lookup_ops.MutableHashTableOfTensorsV2
tensor@5 tensorflow.raw_ops.MutableHashTableV2 tensorflow.python.ops.gen_lookup_ops.MutableHashTableV2 tensorflow.python.ops.gen_lookup_ops.mutable_hash_table_v2 tensorflow.python.ops.lookup_ops.MutableHashTableV2
tensor@1 tensorflow.raw_ops.MutexLock tensorflow.python.ops.gen_resource_variable_ops.MutexLock tensorflow.python.ops.gen_resource_variable_ops.mutex_lock tensorflow.python.ops.resource_variable_ops.MutexLock
tensor@2 tensorflow.raw_ops.MutexV2 tensorflow.python.ops.gen_resource_variable_ops.MutexV2 tensorflow.python.ops.gen_resource_variable_ops.mutex_v2 tensorflow.python.ops.resource_variable_ops.MutexV2
tensor@4 tensorflow.raw_ops.NcclAllReduce tensorflow.python.ops.gen_nccl_ops.NcclAllReduce tensorflow.python.ops.gen_nccl_ops.nccl_all_reduce
tensor@2 tensorflow.raw_ops.NcclBroadcast tensorflow.python.ops.gen_nccl_ops.NcclBroadcast tensorflow.python.ops.gen_nccl_ops.nccl_broadcast
tensor@2 tensorflow.raw_ops.NcclReduce tensorflow.python.ops.gen_nccl_ops.NcclReduce tensorflow.python.ops.gen_nccl_ops.nccl_reduce
tensor@1 tensorflow.raw_ops.Ndtri tensorflow.python.ops.gen_math_ops.Ndtri tensorflow.python.ops.gen_math_ops.ndtri tensorflow.python.ops.math_ops.Ndtri tensorflow.python.ops.standard_ops.Ndtri
tensor_list@3 tensorflow.raw_ops.NearestNeighbors tensorflow.python.ops.gen_clustering_ops.NearestNeighbors tensorflow.python.ops.gen_clustering_ops.nearest_neighbors
tensor@2 tensorflow.raw_ops.NextAfter tensorflow.math.nextafter tensorflow.python.ops.gen_math_ops.NextAfter tensorflow.python.ops.gen_math_ops.next_after tensorflow.python.ops.math_ops.NextAfter tensorflow.python.ops.math_ops.next_after tensorflow.python.ops.math_ops.nextafter tensorflow.python.ops.standard_ops.NextAfter tensorflow.python.ops.standard_ops.next_after tensorflow.python.ops.standard_ops.nextafter
tensor@1 tensorflow.raw_ops.NextIteration tensorflow.python.ops.control_flow_grad.NextIteration tensorflow.python.ops.control_flow_ops.NextIteration tensorflow.python.ops.gen_control_flow_ops.NextIteration tensorflow.python.ops.gen_control_flow_ops.next_iteration
tensor@2 tensorflow.raw_ops.NonDeterministicInts tensorflow.python.ops.gen_stateful_random_ops.NonDeterministicInts tensorflow.python.ops.gen_stateful_random_ops.non_deterministic_ints
tensor@4 tensorflow.raw_ops.NonMaxSuppression tensorflow.python.ops.gen_image_ops.NonMaxSuppression tensorflow.python.ops.gen_image_ops.non_max_suppression tensorflow.python.ops.image_ops.NonMaxSuppression
tensor@4 tensorflow.raw_ops.NonMaxSuppressionV2 tensorflow.python.ops.gen_image_ops.NonMaxSuppressionV2 tensorflow.python.ops.gen_image_ops.non_max_suppression_v2 tensorflow.python.ops.image_ops.NonMaxSuppressionV2
tensor@5 tensorflow.raw_ops.NonMaxSuppressionV3 tensorflow.python.ops.gen_image_ops.NonMaxSuppressionV3 tensorflow.python.ops.gen_image_ops.non_max_suppression_v3 tensorflow.python.ops.image_ops.NonMaxSuppressionV3
tensor_list@6 tensorflow.raw_ops.NonMaxSuppressionV4 tensorflow.python.ops.gen_image_ops.NonMaxSuppressionV4 tensorflow.python.ops.gen_image_ops.non_max_suppression_v4 tensorflow.python.ops.image_ops.NonMaxSuppressionV4
tensor_list@7 tensorflow.raw_ops.NonMaxSuppressionV5 tensorflow.python.ops.gen_image_ops.NonMaxSuppressionV5 tensorflow.python.ops.gen_image_ops.non_max_suppression_v5 tensorflow.python.ops.image_ops.NonMaxSuppressionV5
tensor@5 tensorflow.raw_ops.NonMaxSuppressionWithOverlaps tensorflow.python.ops.gen_image_ops.NonMaxSuppressionWithOverlaps tensorflow.python.ops.gen_image_ops.non_max_suppression_with_overlaps tensorflow.python.ops.image_ops.NonMaxSuppressionWithOverlaps
tensor@3 tensorflow.raw_ops.NonSerializableDataset tensorflow.python.ops.gen_experimental_dataset_ops.NonSerializableDataset tensorflow.python.ops.gen_experimental_dataset_ops.non_serializable_dataset
tensor@3 tensorflow.raw_ops.NotEqual tensorflow.python.ops.gen_math_ops.NotEqual tensorflow.python.ops.gen_math_ops.not_equal tensorflow.python.ops.math_ops.NotEqual tensorflow.python.ops.standard_ops.NotEqual
tensor@3 tensorflow.raw_ops.NthElement tensorflow.python.ops.gen_nn_ops.NthElement tensorflow.python.ops.gen_nn_ops.nth_element tensorflow.python.ops.nn.NthElement tensorflow.python.ops.nn_ops.NthElement
tensor@5 tensorflow.raw_ops.OneHot tensorflow.python.ops.array_ops.OneHot tensorflow.python.ops.gen_array_ops.OneHot tensorflow.python.ops.gen_array_ops.one_hot tensorflow.python.ops.standard_ops.OneHot
tensor@5 tensorflow.raw_ops.OneShotIterator tensorflow.python.ops.gen_dataset_ops.OneShotIterator tensorflow.python.ops.gen_dataset_ops.one_shot_iterator
tensor@1 tensorflow.raw_ops.OnesLike tensorflow.python.ops.array_ops.OnesLike tensorflow.python.ops.gen_array_ops.OnesLike tensorflow.python.ops.gen_array_ops.ones_like tensorflow.python.ops.standard_ops.OnesLike
tensor@5 tensorflow.raw_ops.OptimizeDataset tensorflow.python.ops.gen_dataset_ops.OptimizeDataset tensorflow.python.ops.gen_dataset_ops.optimize_dataset
tensor@7 tensorflow.raw_ops.OptimizeDatasetV2 tensorflow.python.ops.gen_dataset_ops.OptimizeDatasetV2 tensorflow.python.ops.gen_dataset_ops.optimize_dataset_v2
tensor@1 tensorflow.raw_ops.OptionalFromValue tensorflow.python.ops.gen_optional_ops.OptionalFromValue tensorflow.python.ops.gen_optional_ops.optional_from_value
tensor_list@3 tensorflow.raw_ops.OptionalGetValue tensorflow.python.ops.gen_optional_ops.OptionalGetValue tensorflow.python.ops.gen_optional_ops.optional_get_value
tensor@1 tensorflow.raw_ops.OptionalHasValue tensorflow.python.ops.gen_optional_ops.OptionalHasValue tensorflow.python.ops.gen_optional_ops.optional_has_value
tensor@0 tensorflow.raw_ops.OptionalNone tensorflow.python.ops.gen_optional_ops.OptionalNone tensorflow.python.ops.gen_optional_ops.optional_none
tensor@5 tensorflow.raw_ops.OptionsDataset tensorflow.python.ops.gen_dataset_ops.OptionsDataset tensorflow.python.ops.gen_dataset_ops.options_dataset
none@5 tensorflow.raw_ops.OrderedMapClear tensorflow.python.ops.data_flow_ops.OrderedMapClear tensorflow.python.ops.gen_data_flow_ops.OrderedMapClear tensorflow.python.ops.gen_data_flow_ops.ordered_map_clear tensorflow.python.ops.standard_ops.OrderedMapClear
tensor@5 tensorflow.raw_ops.OrderedMapIncompleteSize tensorflow.python.ops.data_flow_ops.OrderedMapIncompleteSize tensorflow.python.ops.gen_data_flow_ops.OrderedMapIncompleteSize tensorflow.python.ops.gen_data_flow_ops.ordered_map_incomplete_size tensorflow.python.ops.standard_ops.OrderedMapIncompleteSize
tensor_list@7 tensorflow.raw_ops.OrderedMapPeek tensorflow.python.ops.data_flow_ops.OrderedMapPeek tensorflow.python.ops.gen_data_flow_ops.OrderedMapPeek tensorflow.python.ops.gen_data_flow_ops.ordered_map_peek tensorflow.python.ops.standard_ops.OrderedMapPeek
tensor@5 tensorflow.raw_ops.OrderedMapSize tensorflow.python.ops.data_flow_ops.OrderedMapSize tensorflow.python.ops.gen_data_flow_ops.OrderedMapSize tensorflow.python.ops.gen_data_flow_ops.ordered_map_size tensorflow.python.ops.standard_ops.OrderedMapSize
none@8 tensorflow.raw_ops.OrderedMapStage tensorflow.python.ops.data_flow_ops.OrderedMapStage tensorflow.python.ops.gen_data_flow_ops.OrderedMapStage tensorflow.python.ops.gen_data_flow_ops.ordered_map_stage tensorflow.python.ops.standard_ops.OrderedMapStage
tensor_list@7 tensorflow.raw_ops.OrderedMapUnstage tensorflow.python.ops.data_flow_ops.OrderedMapUnstage tensorflow.python.ops.gen_data_flow_ops.OrderedMapUnstage tensorflow.python.ops.gen_data_flow_ops.ordered_map_unstage tensorflow.python.ops.standard_ops.OrderedMapUnstage
tensor_list@6 tensorflow.raw_ops.OrderedMapUnstageNoKey tensorflow.python.ops.data_flow_ops.OrderedMapUnstageNoKey tensorflow.python.ops.gen_data_flow_ops.OrderedMapUnstageNoKey tensorflow.python.ops.gen_data_flow_ops.ordered_map_unstage_no_key tensorflow.python.ops.standard_ops.OrderedMapUnstageNoKey
tensor@3 tensorflow.raw_ops.OutfeedDequeue tensorflow.python.ops.gen_tpu_ops.OutfeedDequeue tensorflow.python.ops.gen_tpu_ops.outfeed_dequeue tensorflow.python.tpu.ops.tpu_ops.OutfeedDequeue
tensor_list@3 tensorflow.raw_ops.OutfeedDequeueTuple tensorflow.python.ops.gen_tpu_ops.OutfeedDequeueTuple tensorflow.python.ops.gen_tpu_ops.outfeed_dequeue_tuple tensorflow.python.tpu.ops.tpu_ops.OutfeedDequeueTuple
tensor_list@3 tensorflow.raw_ops.OutfeedDequeueTupleV2 tensorflow.python.ops.gen_tpu_ops.OutfeedDequeueTupleV2 tensorflow.python.ops.gen_tpu_ops.outfeed_dequeue_tuple_v2 tensorflow.python.tpu.ops.tpu_ops.OutfeedDequeueTupleV2
tensor@3 tensorflow.raw_ops.OutfeedDequeueV2 tensorflow.python.ops.gen_tpu_ops.OutfeedDequeueV2 tensorflow.python.ops.gen_tpu_ops.outfeed_dequeue_v2 tensorflow.python.tpu.ops.tpu_ops.OutfeedDequeueV2
none@1 tensorflow.raw_ops.OutfeedEnqueue tensorflow.python.ops.gen_tpu_ops.OutfeedEnqueue tensorflow.python.ops.gen_tpu_ops.outfeed_enqueue tensorflow.python.tpu.ops.tpu_ops.OutfeedEnqueue
none@1 tensorflow.raw_ops.OutfeedEnqueueTuple tensorflow.python.ops.gen_tpu_ops.OutfeedEnqueueTuple tensorflow.python.ops.gen_tpu_ops.outfeed_enqueue_tuple tensorflow.python.tpu.ops.tpu_ops.OutfeedEnqueueTuple
tensor@2 tensorflow.raw_ops.Pack tensorflow.python.ops.array_ops.Pack tensorflow.python.ops.gen_array_ops.Pack tensorflow.python.ops.gen_array_ops.pack tensorflow.python.ops.standard_ops.Pack
tensor@2 tensorflow.raw_ops.Pad tensorflow.python.ops.array_ops.Pad tensorflow.python.ops.gen_array_ops.Pad tensorflow.python.ops.gen_array_ops.pad tensorflow.python.ops.standard_ops.Pad
tensor@3 tensorflow.raw_ops.PadV2 tensorflow.python.ops.array_ops.PadV2 tensorflow.python.ops.gen_array_ops.PadV2 tensorflow.python.ops.gen_array_ops.pad_v2 tensorflow.python.ops.standard_ops.PadV2
tensor@6 tensorflow.raw_ops.PaddedBatchDataset tensorflow.python.ops.gen_dataset_ops.PaddedBatchDataset tensorflow.python.ops.gen_dataset_ops.padded_batch_dataset
tensor@8 tensorflow.raw_ops.PaddedBatchDatasetV2 tensorflow.python.ops.gen_dataset_ops.PaddedBatchDatasetV2 tensorflow.python.ops.gen_dataset_ops.padded_batch_dataset_v2
tensor@5 tensorflow.raw_ops.PaddingFIFOQueue tensorflow.python.ops.gen_data_flow_ops.PaddingFIFOQueue tensorflow.python.ops.gen_data_flow_ops.padding_fifo_queue
tensor@5 tensorflow.raw_ops.PaddingFIFOQueueV2 tensorflow.python.ops.data_flow_ops.PaddingFIFOQueueV2 tensorflow.python.ops.gen_data_flow_ops.PaddingFIFOQueueV2 tensorflow.python.ops.gen_data_flow_ops.padding_fifo_queue_v2 tensorflow.python.ops.standard_ops.PaddingFIFOQueueV2
tensor@9 tensorflow.raw_ops.ParallelBatchDataset tensorflow.python.ops.gen_dataset_ops.ParallelBatchDataset tensorflow.python.ops.gen_dataset_ops.parallel_batch_dataset
tensor@2 tensorflow.raw_ops.ParallelConcat tensorflow.python.ops.array_ops.ParallelConcat tensorflow.python.ops.gen_array_ops.ParallelConcat tensorflow.python.ops.gen_array_ops.parallel_concat tensorflow.python.ops.standard_ops.ParallelConcat
tensor@2 tensorflow.raw_ops.ParallelDynamicStitch tensorflow.python.ops.data_flow_ops.ParallelDynamicStitch tensorflow.python.ops.gen_data_flow_ops.ParallelDynamicStitch tensorflow.python.ops.gen_data_flow_ops.parallel_dynamic_stitch tensorflow.python.ops.standard_ops.ParallelDynamicStitch
tensor@8 tensorflow.raw_ops.ParallelFilterDataset tensorflow.python.ops.gen_dataset_ops.ParallelFilterDataset tensorflow.python.ops.gen_dataset_ops.parallel_filter_dataset
tensor@11 tensorflow.raw_ops.ParallelInterleaveDataset tensorflow.python.ops.gen_experimental_dataset_ops.ParallelInterleaveDataset tensorflow.python.ops.gen_experimental_dataset_ops.parallel_interleave_dataset
tensor@10 tensorflow.raw_ops.ParallelInterleaveDatasetV2 tensorflow.python.ops.gen_dataset_ops.ParallelInterleaveDatasetV2 tensorflow.python.ops.gen_dataset_ops.parallel_interleave_dataset_v2
tensor@10 tensorflow.raw_ops.ParallelInterleaveDatasetV3 tensorflow.python.ops.gen_dataset_ops.ParallelInterleaveDatasetV3 tensorflow.python.ops.gen_dataset_ops.parallel_interleave_dataset_v3
tensor@12 tensorflow.raw_ops.ParallelInterleaveDatasetV4 tensorflow.python.ops.gen_dataset_ops.ParallelInterleaveDatasetV4 tensorflow.python.ops.gen_dataset_ops.parallel_interleave_dataset_v4
tensor@10 tensorflow.raw_ops.ParallelMapDataset tensorflow.python.ops.gen_dataset_ops.ParallelMapDataset tensorflow.python.ops.gen_dataset_ops.parallel_map_dataset
tensor@11 tensorflow.raw_ops.ParallelMapDatasetV2 tensorflow.python.ops.gen_dataset_ops.ParallelMapDatasetV2 tensorflow.python.ops.gen_dataset_ops.parallel_map_dataset_v2
tensor@7 tensorflow.raw_ops.ParameterizedTruncatedNormal tensorflow.python.ops.gen_random_ops.ParameterizedTruncatedNormal tensorflow.python.ops.gen_random_ops.parameterized_truncated_normal tensorflow.python.ops.random_ops.ParameterizedTruncatedNormal tensorflow.python.ops.standard_ops.ParameterizedTruncatedNormal
tensor_list@7 tensorflow.raw_ops.ParseExample tensorflow.python.ops.gen_parsing_ops.ParseExample tensorflow.python.ops.gen_parsing_ops.parse_example tensorflow.python.ops.parsing_ops.ParseExample tensorflow.python.ops.standard_ops.ParseExample
tensor@13 tensorflow.raw_ops.ParseExampleDataset tensorflow.python.ops.gen_experimental_dataset_ops.ParseExampleDataset tensorflow.python.ops.gen_experimental_dataset_ops.parse_example_dataset
tensor@13 tensorflow.raw_ops.ParseExampleDatasetV2 tensorflow.python.ops.gen_experimental_dataset_ops.ParseExampleDatasetV2 tensorflow.python.ops.gen_experimental_dataset_ops.parse_example_dataset_v2
tensor_list@11 tensorflow.raw_ops.ParseExampleV2 tensorflow.python.ops.gen_parsing_ops.ParseExampleV2 tensorflow.python.ops.gen_parsing_ops.parse_example_v2 tensorflow.python.ops.parsing_ops.ParseExampleV2 tensorflow.python.ops.standard_ops.ParseExampleV2
tensor_list@17 tensorflow.raw_ops.ParseSequenceExample tensorflow.python.ops.gen_parsing_ops.ParseSequenceExample tensorflow.python.ops.gen_parsing_ops.parse_sequence_example tensorflow.python.ops.parsing_ops.ParseSequenceExample tensorflow.python.ops.standard_ops.ParseSequenceExample
tensor_list@22 tensorflow.raw_ops.ParseSequenceExampleV2 tensorflow.python.ops.gen_parsing_ops.ParseSequenceExampleV2 tensorflow.python.ops.gen_parsing_ops.parse_sequence_example_v2 tensorflow.python.ops.parsing_ops.ParseSequenceExampleV2 tensorflow.python.ops.standard_ops.ParseSequenceExampleV2
tensor_list@7 tensorflow.raw_ops.ParseSingleExample tensorflow.python.ops.gen_parsing_ops.ParseSingleExample tensorflow.python.ops.gen_parsing_ops.parse_single_example tensorflow.python.ops.parsing_ops.ParseSingleExample tensorflow.python.ops.standard_ops.ParseSingleExample
tensor_list@13 tensorflow.raw_ops.ParseSingleSequenceExample tensorflow.python.ops.gen_parsing_ops.ParseSingleSequenceExample tensorflow.python.ops.gen_parsing_ops.parse_single_sequence_example tensorflow.python.ops.parsing_ops.ParseSingleSequenceExample tensorflow.python.ops.standard_ops.ParseSingleSequenceExample
tensor@2 tensorflow.raw_ops.ParseTensor tensorflow.compat.v1.parse_tensor tensorflow.io.parse_tensor tensorflow.python.ops.gen_parsing_ops.ParseTensor tensorflow.python.ops.gen_parsing_ops.parse_tensor tensorflow.python.ops.parsing_ops.ParseTensor tensorflow.python.ops.parsing_ops.parse_tensor tensorflow.python.ops.standard_ops.ParseTensor tensorflow.python.ops.standard_ops.parse_tensor
tensor_list@6 tensorflow.raw_ops.PartitionedCall tensorflow.python.ops.gen_functional_ops.PartitionedCall tensorflow.python.ops.gen_functional_ops.partitioned_call
tensor@2 tensorflow.raw_ops.Placeholder tensorflow.python.ops.array_ops.Placeholder tensorflow.python.ops.gen_array_ops.Placeholder tensorflow.python.ops.gen_array_ops.placeholder tensorflow.python.ops.standard_ops.Placeholder
tensor@2 tensorflow.raw_ops.PlaceholderV2 tensorflow.python.ops.array_ops.PlaceholderV2 tensorflow.python.ops.gen_array_ops.PlaceholderV2 tensorflow.python.ops.gen_array_ops.placeholder_v2 tensorflow.python.ops.standard_ops.PlaceholderV2
tensor@2 tensorflow.raw_ops.PlaceholderWithDefault tensorflow.python.ops.array_ops.PlaceholderWithDefault tensorflow.python.ops.gen_array_ops.PlaceholderWithDefault tensorflow.python.ops.gen_array_ops.placeholder_with_default tensorflow.python.ops.standard_ops.PlaceholderWithDefault
tensor@2 tensorflow.raw_ops.Polygamma tensorflow.compat.v1.polygamma tensorflow.math.polygamma tensorflow.python.ops.gen_math_ops.Polygamma tensorflow.python.ops.gen_math_ops.polygamma tensorflow.python.ops.math_ops.Polygamma tensorflow.python.ops.math_ops.polygamma tensorflow.python.ops.standard_ops.Polygamma tensorflow.python.ops.standard_ops.polygamma
tensor@1 tensorflow.raw_ops.PopulationCount tensorflow.python.ops.bitwise_ops.PopulationCount tensorflow.python.ops.gen_bitwise_ops.PopulationCount tensorflow.python.ops.gen_bitwise_ops.population_count
tensor@2 tensorflow.raw_ops.Pow tensorflow.python.ops.gen_math_ops.Pow tensorflow.python.ops.gen_math_ops._pow tensorflow.python.ops.math_ops.Pow tensorflow.python.ops.standard_ops.Pow
tensor@8 tensorflow.raw_ops.PrefetchDataset tensorflow.python.ops.gen_dataset_ops.PrefetchDataset tensorflow.python.ops.gen_dataset_ops.prefetch_dataset
tensor@3 tensorflow.raw_ops.Prelinearize tensorflow.python.ops.gen_tpu_ops.Prelinearize tensorflow.python.ops.gen_tpu_ops.prelinearize tensorflow.python.tpu.ops.tpu_ops.Prelinearize
tensor@3 tensorflow.raw_ops.PrelinearizeTuple tensorflow.python.ops.gen_tpu_ops.PrelinearizeTuple tensorflow.python.ops.gen_tpu_ops.prelinearize_tuple tensorflow.python.tpu.ops.tpu_ops.PrelinearizeTuple
tensor@2 tensorflow.raw_ops.PreventGradient tensorflow.python.ops.array_ops.PreventGradient tensorflow.python.ops.gen_array_ops.PreventGradient tensorflow.python.ops.gen_array_ops.prevent_gradient tensorflow.python.ops.standard_ops.PreventGradient
tensor@5 tensorflow.raw_ops.Print tensorflow.python.ops.gen_logging_ops.Print tensorflow.python.ops.gen_logging_ops._print
none@3 tensorflow.raw_ops.PrintV2 tensorflow.python.ops.gen_logging_ops.PrintV2 tensorflow.python.ops.gen_logging_ops.print_v2 tensorflow.python.ops.logging_ops.PrintV2
tensor@5 tensorflow.raw_ops.PriorityQueue tensorflow.python.ops.gen_data_flow_ops.PriorityQueue tensorflow.python.ops.gen_data_flow_ops.priority_queue
tensor@5 tensorflow.raw_ops.PriorityQueueV2 tensorflow.python.ops.data_flow_ops.PriorityQueueV2 tensorflow.python.ops.gen_data_flow_ops.PriorityQueueV2 tensorflow.python.ops.gen_data_flow_ops.priority_queue_v2 tensorflow.python.ops.standard_ops.PriorityQueueV2
tensor@4 tensorflow.raw_ops.PrivateThreadPoolDataset tensorflow.python.ops.gen_experimental_dataset_ops.PrivateThreadPoolDataset tensorflow.python.ops.gen_experimental_dataset_ops.private_thread_pool_dataset
tensor@3 tensorflow.raw_ops.Prod tensorflow.python.ops.gen_math_ops.Prod tensorflow.python.ops.gen_math_ops.prod tensorflow.python.ops.math_ops.Prod tensorflow.python.ops.standard_ops.Prod
tensor_list@3 tensorflow.raw_ops.PyFunc tensorflow.python.ops.gen_script_ops.PyFunc tensorflow.python.ops.gen_script_ops.py_func
tensor_list@3 tensorflow.raw_ops.PyFuncStateless tensorflow.python.ops.gen_script_ops.PyFuncStateless tensorflow.python.ops.gen_script_ops.py_func_stateless
tensor_list@2 tensorflow.raw_ops.Qr tensorflow.compat.v1.qr tensorflow.linalg.qr tensorflow.python.ops.gen_linalg_ops.Qr tensorflow.python.ops.gen_linalg_ops.qr tensorflow.python.ops.linalg.linalg_impl.qr tensorflow.python.ops.linalg_ops.Qr tensorflow.python.ops.linalg_ops.qr tensorflow.python.ops.standard_ops.Qr tensorflow.python.ops.standard_ops.qr
tensor@6 tensorflow.raw_ops.QuantizeAndDequantize tensorflow.python.ops.array_ops.QuantizeAndDequantize tensorflow.python.ops.gen_array_ops.QuantizeAndDequantize tensorflow.python.ops.gen_array_ops.quantize_and_dequantize tensorflow.python.ops.standard_ops.QuantizeAndDequantize
tensor@9 tensorflow.raw_ops.QuantizeAndDequantizeV2 tensorflow.python.ops.array_ops.QuantizeAndDequantizeV2 tensorflow.python.ops.gen_array_ops.QuantizeAndDequantizeV2 tensorflow.python.ops.gen_array_ops.quantize_and_dequantize_v2 tensorflow.python.ops.standard_ops.QuantizeAndDequantizeV2
tensor@8 tensorflow.raw_ops.QuantizeAndDequantizeV3 tensorflow.python.ops.array_ops.QuantizeAndDequantizeV3 tensorflow.python.ops.gen_array_ops.QuantizeAndDequantizeV3 tensorflow.python.ops.gen_array_ops.quantize_and_dequantize_v3 tensorflow.python.ops.standard_ops.QuantizeAndDequantizeV3
tensor@9 tensorflow.raw_ops.QuantizeAndDequantizeV4 tensorflow.python.ops.array_ops.QuantizeAndDequantizeV4 tensorflow.python.ops.gen_array_ops.QuantizeAndDequantizeV4 tensorflow.python.ops.gen_array_ops.quantize_and_dequantize_v4 tensorflow.python.ops.standard_ops.QuantizeAndDequantizeV4
tensor_list@5 tensorflow.raw_ops.QuantizeAndDequantizeV4Grad tensorflow.python.ops.array_ops.QuantizeAndDequantizeV4Grad tensorflow.python.ops.gen_array_ops.QuantizeAndDequantizeV4Grad tensorflow.python.ops.gen_array_ops.quantize_and_dequantize_v4_grad tensorflow.python.ops.standard_ops.QuantizeAndDequantizeV4Grad
tensor_list@4 tensorflow.raw_ops.QuantizeDownAndShrinkRange tensorflow.python.ops.gen_math_ops.QuantizeDownAndShrinkRange tensorflow.python.ops.gen_math_ops.quantize_down_and_shrink_range tensorflow.python.ops.math_ops.QuantizeDownAndShrinkRange tensorflow.python.ops.standard_ops.QuantizeDownAndShrinkRange
tensor_list@9 tensorflow.raw_ops.QuantizeV2 tensorflow.python.ops.array_ops.QuantizeV2 tensorflow.python.ops.gen_array_ops.QuantizeV2 tensorflow.python.ops.gen_array_ops.quantize_v2 tensorflow.python.ops.standard_ops.QuantizeV2
tensor_list@7 tensorflow.raw_ops.QuantizedAdd tensorflow.python.ops.gen_math_ops.QuantizedAdd tensorflow.python.ops.gen_math_ops.quantized_add tensorflow.python.ops.math_ops.QuantizedAdd tensorflow.python.ops.standard_ops.QuantizedAdd
tensor_list@6 tensorflow.raw_ops.QuantizedAvgPool tensorflow.compat.v1.nn.quantized_avg_pool tensorflow.python.ops.gen_nn_ops.QuantizedAvgPool tensorflow.python.ops.gen_nn_ops.quantized_avg_pool tensorflow.python.ops.nn.QuantizedAvgPool tensorflow.python.ops.nn.quantized_avg_pool tensorflow.python.ops.nn_ops.QuantizedAvgPool tensorflow.python.ops.nn_ops.quantized_avg_pool
tensor_list@18 tensorflow.raw_ops.QuantizedBatchNormWithGlobalNormalization tensorflow.python.ops.gen_nn_ops.QuantizedBatchNormWithGlobalNormalization tensorflow.python.ops.gen_nn_ops.quantized_batch_norm_with_global_normalization tensorflow.python.ops.nn.QuantizedBatchNormWithGlobalNormalization tensorflow.python.ops.nn_ops.QuantizedBatchNormWithGlobalNormalization
tensor_list@7 tensorflow.raw_ops.QuantizedBiasAdd tensorflow.python.ops.gen_nn_ops.QuantizedBiasAdd tensorflow.python.ops.gen_nn_ops.quantized_bias_add tensorflow.python.ops.nn.QuantizedBiasAdd tensorflow.python.ops.nn_ops.QuantizedBiasAdd
tensor_list@4 tensorflow.raw_ops.QuantizedConcat tensorflow.compat.v1.quantized_concat tensorflow.python.ops.array_ops.QuantizedConcat tensorflow.python.ops.array_ops.quantized_concat tensorflow.python.ops.gen_array_ops.QuantizedConcat tensorflow.python.ops.gen_array_ops.quantized_concat tensorflow.python.ops.standard_ops.QuantizedConcat tensorflow.python.ops.standard_ops.quantized_concat tensorflow.quantization.quantized_concat
tensor_list@10 tensorflow.raw_ops.QuantizedConv2D tensorflow.compat.v1.nn.quantized_conv2d tensorflow.python.ops.gen_nn_ops.QuantizedConv2D tensorflow.python.ops.gen_nn_ops.quantized_conv2d tensorflow.python.ops.nn.QuantizedConv2D tensorflow.python.ops.nn.quantized_conv2d tensorflow.python.ops.nn_ops.QuantizedConv2D tensorflow.python.ops.nn_ops.quantized_conv2d
tensor_list@11 tensorflow.raw_ops.QuantizedConv2DAndRelu tensorflow.python.ops.gen_nn_ops.QuantizedConv2DAndRelu tensorflow.python.ops.gen_nn_ops.quantized_conv2d_and_relu tensorflow.python.ops.nn.QuantizedConv2DAndRelu tensorflow.python.ops.nn_ops.QuantizedConv2DAndRelu
tensor_list@13 tensorflow.raw_ops.QuantizedConv2DAndReluAndRequantize tensorflow.python.ops.gen_nn_ops.QuantizedConv2DAndReluAndRequantize tensorflow.python.ops.gen_nn_ops.quantized_conv2d_and_relu_and_requantize tensorflow.python.ops.nn.QuantizedConv2DAndReluAndRequantize tensorflow.python.ops.nn_ops.QuantizedConv2DAndReluAndRequantize
tensor_list@13 tensorflow.raw_ops.QuantizedConv2DAndRequantize tensorflow.python.ops.gen_nn_ops.QuantizedConv2DAndRequantize tensorflow.python.ops.gen_nn_ops.quantized_conv2d_and_requantize tensorflow.python.ops.nn.QuantizedConv2DAndRequantize tensorflow.python.ops.nn_ops.QuantizedConv2DAndRequantize
tensor_list@10 tensorflow.raw_ops.QuantizedConv2DPerChannel tensorflow.python.ops.gen_nn_ops.QuantizedConv2DPerChannel tensorflow.python.ops.gen_nn_ops.quantized_conv2d_per_channel tensorflow.python.ops.nn.QuantizedConv2DPerChannel tensorflow.python.ops.nn_ops.QuantizedConv2DPerChannel
tensor_list@12 tensorflow.raw_ops.QuantizedConv2DWithBias tensorflow.python.ops.gen_nn_ops.QuantizedConv2DWithBias tensorflow.python.ops.gen_nn_ops.quantized_conv2d_with_bias tensorflow.python.ops.nn.QuantizedConv2DWithBias tensorflow.python.ops.nn_ops.QuantizedConv2DWithBias
tensor_list@12 tensorflow.raw_ops.QuantizedConv2DWithBiasAndRelu tensorflow.python.ops.gen_nn_ops.QuantizedConv2DWithBiasAndRelu tensorflow.python.ops.gen_nn_ops.quantized_conv2d_with_bias_and_relu tensorflow.python.ops.nn.QuantizedConv2DWithBiasAndRelu tensorflow.python.ops.nn_ops.QuantizedConv2DWithBiasAndRelu
tensor_list@14 tensorflow.raw_ops.QuantizedConv2DWithBiasAndReluAndRequantize tensorflow.python.ops.gen_nn_ops.QuantizedConv2DWithBiasAndReluAndRequantize tensorflow.python.ops.gen_nn_ops.quantized_conv2d_with_bias_and_relu_and_requantize tensorflow.python.ops.nn.QuantizedConv2DWithBiasAndReluAndRequantize tensorflow.python.ops.nn_ops.QuantizedConv2DWithBiasAndReluAndRequantize
tensor_list@14 tensorflow.raw_ops.QuantizedConv2DWithBiasAndRequantize tensorflow.python.ops.gen_nn_ops.QuantizedConv2DWithBiasAndRequantize tensorflow.python.ops.gen_nn_ops.quantized_conv2d_with_bias_and_requantize tensorflow.python.ops.nn.QuantizedConv2DWithBiasAndRequantize tensorflow.python.ops.nn_ops.QuantizedConv2DWithBiasAndRequantize
tensor_list@17 tensorflow.raw_ops.QuantizedConv2DWithBiasSignedSumAndReluAndRequantize tensorflow.python.ops.gen_nn_ops.QuantizedConv2DWithBiasSignedSumAndReluAndRequantize tensorflow.python.ops.gen_nn_ops.quantized_conv2d_with_bias_signed_sum_and_relu_and_requantize tensorflow.python.ops.nn.QuantizedConv2DWithBiasSignedSumAndReluAndRequantize tensorflow.python.ops.nn_ops.QuantizedConv2DWithBiasSignedSumAndReluAndRequantize
tensor_list@13 tensorflow.raw_ops.QuantizedConv2DWithBiasSumAndRelu tensorflow.python.ops.gen_nn_ops.QuantizedConv2DWithBiasSumAndRelu tensorflow.python.ops.gen_nn_ops.quantized_conv2d_with_bias_sum_and_relu tensorflow.python.ops.nn.QuantizedConv2DWithBiasSumAndRelu tensorflow.python.ops.nn_ops.QuantizedConv2DWithBiasSumAndRelu
tensor_list@17 tensorflow.raw_ops.QuantizedConv2DWithBiasSumAndReluAndRequantize tensorflow.python.ops.gen_nn_ops.QuantizedConv2DWithBiasSumAndReluAndRequantize tensorflow.python.ops.gen_nn_ops.quantized_conv2d_with_bias_sum_and_relu_and_requantize tensorflow.python.ops.nn.QuantizedConv2DWithBiasSumAndReluAndRequantize tensorflow.python.ops.nn_ops.QuantizedConv2DWithBiasSumAndReluAndRequantize
tensor_list@10 tensorflow.raw_ops.QuantizedDepthwiseConv2D tensorflow.python.ops.gen_nn_ops.QuantizedDepthwiseConv2D tensorflow.python.ops.gen_nn_ops.quantized_depthwise_conv2d tensorflow.python.ops.nn.QuantizedDepthwiseConv2D tensorflow.python.ops.nn_ops.QuantizedDepthwiseConv2D
tensor_list@11 tensorflow.raw_ops.QuantizedDepthwiseConv2DWithBias tensorflow.python.ops.gen_nn_ops.QuantizedDepthwiseConv2DWithBias tensorflow.python.ops.gen_nn_ops.quantized_depthwise_conv2d_with_bias tensorflow.python.ops.nn.QuantizedDepthwiseConv2DWithBias tensorflow.python.ops.nn_ops.QuantizedDepthwiseConv2DWithBias
tensor_list@12 tensorflow.raw_ops.QuantizedDepthwiseConv2DWithBiasAndRelu tensorflow.python.ops.gen_nn_ops.QuantizedDepthwiseConv2DWithBiasAndRelu tensorflow.python.ops.gen_nn_ops.quantized_depthwise_conv2d_with_bias_and_relu tensorflow.python.ops.nn.QuantizedDepthwiseConv2DWithBiasAndRelu tensorflow.python.ops.nn_ops.QuantizedDepthwiseConv2DWithBiasAndRelu
tensor_list@14 tensorflow.raw_ops.QuantizedDepthwiseConv2DWithBiasAndReluAndRequantize tensorflow.python.ops.gen_nn_ops.QuantizedDepthwiseConv2DWithBiasAndReluAndRequantize tensorflow.python.ops.gen_nn_ops.quantized_depthwise_conv2d_with_bias_and_relu_and_requantize tensorflow.python.ops.nn.QuantizedDepthwiseConv2DWithBiasAndReluAndRequantize tensorflow.python.ops.nn_ops.QuantizedDepthwiseConv2DWithBiasAndReluAndRequantize
tensor_list@8 tensorflow.raw_ops.QuantizedInstanceNorm tensorflow.python.ops.array_ops.QuantizedInstanceNorm tensorflow.python.ops.gen_array_ops.QuantizedInstanceNorm tensorflow.python.ops.gen_array_ops.quantized_instance_norm tensorflow.python.ops.standard_ops.QuantizedInstanceNorm
tensor_list@10 tensorflow.raw_ops.QuantizedMatMul tensorflow.python.ops.gen_math_ops.QuantizedMatMul tensorflow.python.ops.gen_math_ops.quantized_mat_mul tensorflow.python.ops.math_ops.QuantizedMatMul tensorflow.python.ops.standard_ops.QuantizedMatMul
tensor_list@11 tensorflow.raw_ops.QuantizedMatMulWithBias tensorflow.python.ops.gen_nn_ops.QuantizedMatMulWithBias tensorflow.python.ops.gen_nn_ops.quantized_mat_mul_with_bias tensorflow.python.ops.nn.QuantizedMatMulWithBias tensorflow.python.ops.nn_ops.QuantizedMatMulWithBias
tensor@13 tensorflow.raw_ops.QuantizedMatMulWithBiasAndDequantize tensorflow.python.ops.gen_nn_ops.QuantizedMatMulWithBiasAndDequantize tensorflow.python.ops.gen_nn_ops.quantized_mat_mul_with_bias_and_dequantize tensorflow.python.ops.nn.QuantizedMatMulWithBiasAndDequantize tensorflow.python.ops.nn_ops.QuantizedMatMulWithBiasAndDequantize
tensor_list@11 tensorflow.raw_ops.QuantizedMatMulWithBiasAndRelu tensorflow.python.ops.gen_nn_ops.QuantizedMatMulWithBiasAndRelu tensorflow.python.ops.gen_nn_ops.quantized_mat_mul_with_bias_and_relu tensorflow.python.ops.nn.QuantizedMatMulWithBiasAndRelu tensorflow.python.ops.nn_ops.QuantizedMatMulWithBiasAndRelu
tensor_list@13 tensorflow.raw_ops.QuantizedMatMulWithBiasAndReluAndRequantize tensorflow.python.ops.gen_nn_ops.QuantizedMatMulWithBiasAndReluAndRequantize tensorflow.python.ops.gen_nn_ops.quantized_mat_mul_with_bias_and_relu_and_requantize tensorflow.python.ops.nn.QuantizedMatMulWithBiasAndReluAndRequantize tensorflow.python.ops.nn_ops.QuantizedMatMulWithBiasAndReluAndRequantize
tensor_list@13 tensorflow.raw_ops.QuantizedMatMulWithBiasAndRequantize tensorflow.python.ops.gen_nn_ops.QuantizedMatMulWithBiasAndRequantize tensorflow.python.ops.gen_nn_ops.quantized_mat_mul_with_bias_and_requantize tensorflow.python.ops.nn.QuantizedMatMulWithBiasAndRequantize tensorflow.python.ops.nn_ops.QuantizedMatMulWithBiasAndRequantize
tensor_list@6 tensorflow.raw_ops.QuantizedMaxPool tensorflow.compat.v1.nn.quantized_max_pool tensorflow.python.ops.gen_nn_ops.QuantizedMaxPool tensorflow.python.ops.gen_nn_ops.quantized_max_pool tensorflow.python.ops.nn.QuantizedMaxPool tensorflow.python.ops.nn.quantized_max_pool tensorflow.python.ops.nn_ops.QuantizedMaxPool tensorflow.python.ops.nn_ops.quantized_max_pool
tensor_list@7 tensorflow.raw_ops.QuantizedMul tensorflow.python.ops.gen_math_ops.QuantizedMul tensorflow.python.ops.gen_math_ops.quantized_mul tensorflow.python.ops.math_ops.QuantizedMul tensorflow.python.ops.standard_ops.QuantizedMul
tensor_list@4 tensorflow.raw_ops.QuantizedRelu tensorflow.python.ops.gen_nn_ops.QuantizedRelu tensorflow.python.ops.gen_nn_ops.quantized_relu tensorflow.python.ops.nn.QuantizedRelu tensorflow.python.ops.nn_ops.QuantizedRelu
tensor_list@4 tensorflow.raw_ops.QuantizedRelu6 tensorflow.python.ops.gen_nn_ops.QuantizedRelu6 tensorflow.python.ops.gen_nn_ops.quantized_relu6 tensorflow.python.ops.nn.QuantizedRelu6 tensorflow.python.ops.nn_ops.QuantizedRelu6
tensor_list@5 tensorflow.raw_ops.QuantizedReluX tensorflow.compat.v1.nn.quantized_relu_x tensorflow.python.ops.gen_nn_ops.QuantizedReluX tensorflow.python.ops.gen_nn_ops.quantized_relu_x tensorflow.python.ops.nn.QuantizedReluX tensorflow.python.ops.nn.quantized_relu_x tensorflow.python.ops.nn_ops.QuantizedReluX tensorflow.python.ops.nn_ops.quantized_relu_x
tensor_list@4 tensorflow.raw_ops.QuantizedReshape tensorflow.python.ops.array_ops.QuantizedReshape tensorflow.python.ops.gen_array_ops.QuantizedReshape tensorflow.python.ops.gen_array_ops.quantized_reshape tensorflow.python.ops.standard_ops.QuantizedReshape
tensor_list@6 tensorflow.raw_ops.QuantizedResizeBilinear tensorflow.python.ops.gen_image_ops.QuantizedResizeBilinear tensorflow.python.ops.gen_image_ops.quantized_resize_bilinear tensorflow.python.ops.image_ops.QuantizedResizeBilinear
none@2 tensorflow.raw_ops.QueueClose tensorflow.python.ops.data_flow_ops.QueueClose tensorflow.python.ops.gen_data_flow_ops.QueueClose tensorflow.python.ops.gen_data_flow_ops.queue_close tensorflow.python.ops.standard_ops.QueueClose
none@2 tensorflow.raw_ops.QueueCloseV2 tensorflow.python.ops.data_flow_ops.QueueCloseV2 tensorflow.python.ops.gen_data_flow_ops.QueueCloseV2 tensorflow.python.ops.gen_data_flow_ops.queue_close_v2 tensorflow.python.ops.standard_ops.QueueCloseV2
tensor_list@3 tensorflow.raw_ops.QueueDequeue tensorflow.python.ops.data_flow_ops.QueueDequeue tensorflow.python.ops.gen_data_flow_ops.QueueDequeue tensorflow.python.ops.gen_data_flow_ops.queue_dequeue tensorflow.python.ops.standard_ops.QueueDequeue
tensor_list@4 tensorflow.raw_ops.QueueDequeueMany tensorflow.python.ops.data_flow_ops.QueueDequeueMany tensorflow.python.ops.gen_data_flow_ops.QueueDequeueMany tensorflow.python.ops.gen_data_flow_ops.queue_dequeue_many tensorflow.python.ops.standard_ops.QueueDequeueMany
tensor_list@4 tensorflow.raw_ops.QueueDequeueManyV2 tensorflow.python.ops.data_flow_ops.QueueDequeueManyV2 tensorflow.python.ops.gen_data_flow_ops.QueueDequeueManyV2 tensorflow.python.ops.gen_data_flow_ops.queue_dequeue_many_v2 tensorflow.python.ops.standard_ops.QueueDequeueManyV2
tensor_list@4 tensorflow.raw_ops.QueueDequeueUpTo tensorflow.python.ops.data_flow_ops.QueueDequeueUpTo tensorflow.python.ops.gen_data_flow_ops.QueueDequeueUpTo tensorflow.python.ops.gen_data_flow_ops.queue_dequeue_up_to tensorflow.python.ops.standard_ops.QueueDequeueUpTo
tensor_list@4 tensorflow.raw_ops.QueueDequeueUpToV2 tensorflow.python.ops.data_flow_ops.QueueDequeueUpToV2 tensorflow.python.ops.gen_data_flow_ops.QueueDequeueUpToV2 tensorflow.python.ops.gen_data_flow_ops.queue_dequeue_up_to_v2 tensorflow.python.ops.standard_ops.QueueDequeueUpToV2
tensor_list@3 tensorflow.raw_ops.QueueDequeueV2 tensorflow.python.ops.data_flow_ops.QueueDequeueV2 tensorflow.python.ops.gen_data_flow_ops.QueueDequeueV2 tensorflow.python.ops.gen_data_flow_ops.queue_dequeue_v2 tensorflow.python.ops.standard_ops.QueueDequeueV2
none@3 tensorflow.raw_ops.QueueEnqueue tensorflow.python.ops.data_flow_ops.QueueEnqueue tensorflow.python.ops.gen_data_flow_ops.QueueEnqueue tensorflow.python.ops.gen_data_flow_ops.queue_enqueue tensorflow.python.ops.standard_ops.QueueEnqueue
none@3 tensorflow.raw_ops.QueueEnqueueMany tensorflow.python.ops.data_flow_ops.QueueEnqueueMany tensorflow.python.ops.gen_data_flow_ops.QueueEnqueueMany tensorflow.python.ops.gen_data_flow_ops.queue_enqueue_many tensorflow.python.ops.standard_ops.QueueEnqueueMany
none@3 tensorflow.raw_ops.QueueEnqueueManyV2 tensorflow.python.ops.data_flow_ops.QueueEnqueueManyV2 tensorflow.python.ops.gen_data_flow_ops.QueueEnqueueManyV2 tensorflow.python.ops.gen_data_flow_ops.queue_enqueue_many_v2 tensorflow.python.ops.standard_ops.QueueEnqueueManyV2
none@3 tensorflow.raw_ops.QueueEnqueueV2 tensorflow.python.ops.data_flow_ops.QueueEnqueueV2 tensorflow.python.ops.gen_data_flow_ops.QueueEnqueueV2 tensorflow.python.ops.gen_data_flow_ops.queue_enqueue_v2 tensorflow.python.ops.standard_ops.QueueEnqueueV2
tensor@1 tensorflow.raw_ops.QueueIsClosed tensorflow.python.ops.data_flow_ops.QueueIsClosed tensorflow.python.ops.gen_data_flow_ops.QueueIsClosed tensorflow.python.ops.gen_data_flow_ops.queue_is_closed tensorflow.python.ops.standard_ops.QueueIsClosed
tensor@1 tensorflow.raw_ops.QueueIsClosedV2 tensorflow.python.ops.data_flow_ops.QueueIsClosedV2 tensorflow.python.ops.gen_data_flow_ops.QueueIsClosedV2 tensorflow.python.ops.gen_data_flow_ops.queue_is_closed_v2 tensorflow.python.ops.standard_ops.QueueIsClosedV2
tensor@1 tensorflow.raw_ops.QueueSize tensorflow.python.ops.data_flow_ops.QueueSize tensorflow.python.ops.gen_data_flow_ops.QueueSize tensorflow.python.ops.gen_data_flow_ops.queue_size tensorflow.python.ops.standard_ops.QueueSize
tensor@1 tensorflow.raw_ops.QueueSizeV2 tensorflow.python.ops.data_flow_ops.QueueSizeV2 tensorflow.python.ops.gen_data_flow_ops.QueueSizeV2 tensorflow.python.ops.gen_data_flow_ops.queue_size_v2 tensorflow.python.ops.standard_ops.QueueSizeV2
tensor@3 tensorflow.raw_ops.RFFT tensorflow.python.ops.gen_spectral_ops.RFFT tensorflow.python.ops.gen_spectral_ops.rfft
tensor@3 tensorflow.raw_ops.RFFT2D tensorflow.python.ops.gen_spectral_ops.RFFT2D tensorflow.python.ops.gen_spectral_ops.rfft2d
tensor@3 tensorflow.raw_ops.RFFT3D tensorflow.python.ops.gen_spectral_ops.RFFT3D tensorflow.python.ops.gen_spectral_ops.rfft3d
tensor@1 tensorflow.raw_ops.RGBToHSV tensorflow.image.rgb_to_hsv tensorflow.python.ops.gen_image_ops.RGBToHSV tensorflow.python.ops.gen_image_ops.rgb_to_hsv tensorflow.python.ops.image_ops.RGBToHSV tensorflow.python.ops.image_ops.rgb_to_hsv
tensor@5 tensorflow.raw_ops.RaggedBincount tensorflow.python.ops.gen_math_ops.RaggedBincount tensorflow.python.ops.gen_math_ops.ragged_bincount tensorflow.python.ops.math_ops.RaggedBincount tensorflow.python.ops.standard_ops.RaggedBincount
tensor_list@6 tensorflow.raw_ops.RaggedCountSparseOutput tensorflow.python.ops.gen_count_ops.RaggedCountSparseOutput tensorflow.python.ops.gen_count_ops.ragged_count_sparse_output
tensor_list@12 tensorflow.raw_ops.RaggedCross tensorflow.python.ops.gen_ragged_array_ops.RaggedCross tensorflow.python.ops.gen_ragged_array_ops.ragged_cross
tensor_list@4 tensorflow.raw_ops.RaggedGather tensorflow.python.ops.gen_ragged_array_ops.RaggedGather tensorflow.python.ops.gen_ragged_array_ops.ragged_gather
tensor_list@4 tensorflow.raw_ops.RaggedRange tensorflow.python.ops.gen_ragged_math_ops.RaggedRange tensorflow.python.ops.gen_ragged_math_ops.ragged_range
tensor_list@5 tensorflow.raw_ops.RaggedTensorFromVariant tensorflow.python.ops.gen_ragged_conversion_ops.RaggedTensorFromVariant tensorflow.python.ops.gen_ragged_conversion_ops.ragged_tensor_from_variant
tensor_list@2 tensorflow.raw_ops.RaggedTensorToSparse tensorflow.python.ops.gen_ragged_conversion_ops.RaggedTensorToSparse tensorflow.python.ops.gen_ragged_conversion_ops.ragged_tensor_to_sparse
tensor@5 tensorflow.raw_ops.RaggedTensorToTensor tensorflow.python.ops.gen_ragged_conversion_ops.RaggedTensorToTensor tensorflow.python.ops.gen_ragged_conversion_ops.ragged_tensor_to_tensor
tensor@3 tensorflow.raw_ops.RaggedTensorToVariant tensorflow.python.ops.gen_ragged_conversion_ops.RaggedTensorToVariant tensorflow.python.ops.gen_ragged_conversion_ops.ragged_tensor_to_variant
tensor@4 tensorflow.raw_ops.RaggedTensorToVariantGradient tensorflow.python.ops.gen_ragged_conversion_ops.RaggedTensorToVariantGradient tensorflow.python.ops.gen_ragged_conversion_ops.ragged_tensor_to_variant_gradient
tensor@4 tensorflow.raw_ops.RandomCrop tensorflow.python.ops.gen_image_ops.RandomCrop tensorflow.python.ops.gen_image_ops.random_crop tensorflow.python.ops.image_ops.RandomCrop
tensor@5 tensorflow.raw_ops.RandomDataset tensorflow.python.ops.gen_experimental_dataset_ops.RandomDataset tensorflow.python.ops.gen_experimental_dataset_ops.random_dataset
tensor@7 tensorflow.raw_ops.RandomDatasetV2 tensorflow.python.ops.gen_experimental_dataset_ops.RandomDatasetV2 tensorflow.python.ops.gen_experimental_dataset_ops.random_dataset_v2
tensor@4 tensorflow.raw_ops.RandomGamma tensorflow.python.ops.gen_random_ops.RandomGamma tensorflow.python.ops.gen_random_ops.random_gamma tensorflow.python.ops.random_ops.RandomGamma tensorflow.python.ops.standard_ops.RandomGamma
tensor@2 tensorflow.raw_ops.RandomGammaGrad tensorflow.python.ops.gen_random_ops.RandomGammaGrad tensorflow.python.ops.gen_random_ops.random_gamma_grad tensorflow.python.ops.random_ops.RandomGammaGrad tensorflow.python.ops.standard_ops.RandomGammaGrad
tensor@4 tensorflow.raw_ops.RandomPoisson tensorflow.python.ops.gen_random_ops.RandomPoisson tensorflow.python.ops.gen_random_ops.random_poisson tensorflow.python.ops.random_ops.RandomPoisson tensorflow.python.ops.standard_ops.RandomPoisson
tensor@5 tensorflow.raw_ops.RandomPoissonV2 tensorflow.python.ops.gen_random_ops.RandomPoissonV2 tensorflow.python.ops.gen_random_ops.random_poisson_v2 tensorflow.python.ops.random_ops.RandomPoissonV2 tensorflow.python.ops.standard_ops.RandomPoissonV2
tensor@3 tensorflow.raw_ops.RandomShuffle tensorflow.python.ops.gen_random_ops.RandomShuffle tensorflow.python.ops.gen_random_ops.random_shuffle tensorflow.python.ops.random_ops.RandomShuffle tensorflow.python.ops.standard_ops.RandomShuffle
tensor@8 tensorflow.raw_ops.RandomShuffleQueue tensorflow.python.ops.gen_data_flow_ops.RandomShuffleQueue tensorflow.python.ops.gen_data_flow_ops.random_shuffle_queue
tensor@8 tensorflow.raw_ops.RandomShuffleQueueV2 tensorflow.python.ops.data_flow_ops.RandomShuffleQueueV2 tensorflow.python.ops.gen_data_flow_ops.RandomShuffleQueueV2 tensorflow.python.ops.gen_data_flow_ops.random_shuffle_queue_v2 tensorflow.python.ops.standard_ops.RandomShuffleQueueV2
tensor@4 tensorflow.raw_ops.RandomStandardNormal tensorflow.python.ops.gen_random_ops.RandomStandardNormal tensorflow.python.ops.gen_random_ops.random_standard_normal tensorflow.python.ops.random_ops.RandomStandardNormal tensorflow.python.ops.standard_ops.RandomStandardNormal
tensor@4 tensorflow.raw_ops.RandomUniform tensorflow.python.ops.gen_random_ops.RandomUniform tensorflow.python.ops.gen_random_ops.random_uniform tensorflow.python.ops.random_ops.RandomUniform tensorflow.python.ops.standard_ops.RandomUniform
tensor@5 tensorflow.raw_ops.RandomUniformInt tensorflow.python.ops.gen_random_ops.RandomUniformInt tensorflow.python.ops.gen_random_ops.random_uniform_int tensorflow.python.ops.random_ops.RandomUniformInt tensorflow.python.ops.standard_ops.RandomUniformInt
tensor@3 tensorflow.raw_ops.Range tensorflow.python.ops.gen_math_ops.Range tensorflow.python.ops.gen_math_ops._range tensorflow.python.ops.math_ops.Range tensorflow.python.ops.standard_ops.Range
tensor@7 tensorflow.raw_ops.RangeDataset tensorflow.python.ops.gen_dataset_ops.RangeDataset tensorflow.python.ops.gen_dataset_ops.range_dataset
tensor@1 tensorflow.raw_ops.Rank tensorflow.python.ops.array_ops.Rank tensorflow.python.ops.gen_array_ops.Rank tensorflow.python.ops.gen_array_ops.rank tensorflow.python.ops.standard_ops.Rank
tensor@1 tensorflow.raw_ops.ReadFile tensorflow.python.ops.gen_io_ops.ReadFile tensorflow.python.ops.gen_io_ops.read_file tensorflow.python.ops.io_ops.ReadFile tensorflow.python.ops.standard_ops.ReadFile
tensor@2 tensorflow.raw_ops.ReadVariableOp tensorflow.python.ops.gen_resource_variable_ops.ReadVariableOp tensorflow.python.ops.gen_resource_variable_ops.read_variable_op tensorflow.python.ops.resource_variable_ops.ReadVariableOp
tensor_list@5 tensorflow.raw_ops.ReadVariableXlaSplitND tensorflow.python.ops.gen_tpu_ops.ReadVariableXlaSplitND tensorflow.python.ops.gen_tpu_ops.read_variable_xla_split_nd tensorflow.python.tpu.ops.tpu_ops.ReadVariableXlaSplitND
tensor@1 tensorflow.raw_ops.ReaderNumRecordsProduced tensorflow.python.ops.gen_io_ops.ReaderNumRecordsProduced tensorflow.python.ops.gen_io_ops.reader_num_records_produced tensorflow.python.ops.io_ops.ReaderNumRecordsProduced tensorflow.python.ops.standard_ops.ReaderNumRecordsProduced
tensor@1 tensorflow.raw_ops.ReaderNumRecordsProducedV2 tensorflow.python.ops.gen_io_ops.ReaderNumRecordsProducedV2 tensorflow.python.ops.gen_io_ops.reader_num_records_produced_v2 tensorflow.python.ops.io_ops.ReaderNumRecordsProducedV2 tensorflow.python.ops.standard_ops.ReaderNumRecordsProducedV2
tensor@1 tensorflow.raw_ops.ReaderNumWorkUnitsCompleted tensorflow.python.ops.gen_io_ops.ReaderNumWorkUnitsCompleted tensorflow.python.ops.gen_io_ops.reader_num_work_units_completed tensorflow.python.ops.io_ops.ReaderNumWorkUnitsCompleted tensorflow.python.ops.standard_ops.ReaderNumWorkUnitsCompleted
tensor@1 tensorflow.raw_ops.ReaderNumWorkUnitsCompletedV2 tensorflow.python.ops.gen_io_ops.ReaderNumWorkUnitsCompletedV2 tensorflow.python.ops.gen_io_ops.reader_num_work_units_completed_v2 tensorflow.python.ops.io_ops.ReaderNumWorkUnitsCompletedV2 tensorflow.python.ops.standard_ops.ReaderNumWorkUnitsCompletedV2
tensor_list@2 tensorflow.raw_ops.ReaderRead tensorflow.python.ops.gen_io_ops.ReaderRead tensorflow.python.ops.gen_io_ops.reader_read tensorflow.python.ops.io_ops.ReaderRead tensorflow.python.ops.standard_ops.ReaderRead
tensor_list@3 tensorflow.raw_ops.ReaderReadUpTo tensorflow.python.ops.gen_io_ops.ReaderReadUpTo tensorflow.python.ops.gen_io_ops.reader_read_up_to tensorflow.python.ops.io_ops.ReaderReadUpTo tensorflow.python.ops.standard_ops.ReaderReadUpTo
tensor_list@3 tensorflow.raw_ops.ReaderReadUpToV2 tensorflow.python.ops.gen_io_ops.ReaderReadUpToV2 tensorflow.python.ops.gen_io_ops.reader_read_up_to_v2 tensorflow.python.ops.io_ops.ReaderReadUpToV2 tensorflow.python.ops.standard_ops.ReaderReadUpToV2
tensor_list@2 tensorflow.raw_ops.ReaderReadV2 tensorflow.python.ops.gen_io_ops.ReaderReadV2 tensorflow.python.ops.gen_io_ops.reader_read_v2 tensorflow.python.ops.io_ops.ReaderReadV2 tensorflow.python.ops.standard_ops.ReaderReadV2
none@1 tensorflow.raw_ops.ReaderReset tensorflow.python.ops.gen_io_ops.ReaderReset tensorflow.python.ops.gen_io_ops.reader_reset tensorflow.python.ops.io_ops.ReaderReset tensorflow.python.ops.standard_ops.ReaderReset
none@1 tensorflow.raw_ops.ReaderResetV2 tensorflow.python.ops.gen_io_ops.ReaderResetV2 tensorflow.python.ops.gen_io_ops.reader_reset_v2 tensorflow.python.ops.io_ops.ReaderResetV2 tensorflow.python.ops.standard_ops.ReaderResetV2
none@2 tensorflow.raw_ops.ReaderRestoreState tensorflow.python.ops.gen_io_ops.ReaderRestoreState tensorflow.python.ops.gen_io_ops.reader_restore_state tensorflow.python.ops.io_ops.ReaderRestoreState tensorflow.python.ops.standard_ops.ReaderRestoreState
none@2 tensorflow.raw_ops.ReaderRestoreStateV2 tensorflow.python.ops.gen_io_ops.ReaderRestoreStateV2 tensorflow.python.ops.gen_io_ops.reader_restore_state_v2 tensorflow.python.ops.io_ops.ReaderRestoreStateV2 tensorflow.python.ops.standard_ops.ReaderRestoreStateV2
tensor@1 tensorflow.raw_ops.ReaderSerializeState tensorflow.python.ops.gen_io_ops.ReaderSerializeState tensorflow.python.ops.gen_io_ops.reader_serialize_state tensorflow.python.ops.io_ops.ReaderSerializeState tensorflow.python.ops.standard_ops.ReaderSerializeState
tensor@1 tensorflow.raw_ops.ReaderSerializeStateV2 tensorflow.python.ops.gen_io_ops.ReaderSerializeStateV2 tensorflow.python.ops.gen_io_ops.reader_serialize_state_v2 tensorflow.python.ops.io_ops.ReaderSerializeStateV2 tensorflow.python.ops.standard_ops.ReaderSerializeStateV2
tensor@2 tensorflow.raw_ops.Real tensorflow.python.ops.gen_math_ops.Real tensorflow.python.ops.gen_math_ops.real tensorflow.python.ops.math_ops.Real tensorflow.python.ops.standard_ops.Real
tensor@5 tensorflow.raw_ops.RebatchDataset tensorflow.python.ops.gen_experimental_dataset_ops.RebatchDataset tensorflow.python.ops.gen_experimental_dataset_ops.rebatch_dataset
tensor@5 tensorflow.raw_ops.RebatchDatasetV2 tensorflow.python.ops.gen_experimental_dataset_ops.RebatchDatasetV2 tensorflow.python.ops.gen_experimental_dataset_ops.rebatch_dataset_v2
tensor@1 tensorflow.raw_ops.Reciprocal tensorflow.compat.v1.reciprocal tensorflow.math.reciprocal tensorflow.python.ops.gen_math_ops.Reciprocal tensorflow.python.ops.gen_math_ops.reciprocal tensorflow.python.ops.math_ops.Reciprocal tensorflow.python.ops.math_ops.reciprocal tensorflow.python.ops.standard_ops.Reciprocal tensorflow.python.ops.standard_ops.reciprocal
tensor@2 tensorflow.raw_ops.ReciprocalGrad tensorflow.python.ops.gen_math_ops.ReciprocalGrad tensorflow.python.ops.gen_math_ops.reciprocal_grad tensorflow.python.ops.math_ops.ReciprocalGrad tensorflow.python.ops.standard_ops.ReciprocalGrad
tensor@7 tensorflow.raw_ops.RecordInput tensorflow.python.ops.gen_data_flow_ops.RecordInput tensorflow.python.ops.gen_data_flow_ops.record_input
tensor@6 tensorflow.raw_ops.Recv tensorflow.python.ops.gen_sendrecv_ops.Recv tensorflow.python.ops.gen_sendrecv_ops.recv
tensor_list@2 tensorflow.raw_ops.RecvTPUEmbeddingActivations tensorflow.python.ops.gen_tpu_ops.RecvTPUEmbeddingActivations tensorflow.python.ops.gen_tpu_ops.recv_tpu_embedding_activations tensorflow.python.tpu.ops.tpu_ops.RecvTPUEmbeddingActivations
tensor_list@8 tensorflow.raw_ops.ReduceDataset tensorflow.python.ops.gen_dataset_ops.ReduceDataset tensorflow.python.ops.gen_dataset_ops.reduce_dataset
tensor@4 tensorflow.raw_ops.ReduceJoin tensorflow.python.ops.gen_string_ops.ReduceJoin tensorflow.python.ops.gen_string_ops.reduce_join tensorflow.python.ops.standard_ops.ReduceJoin tensorflow.python.ops.string_ops.ReduceJoin
tensor@4 tensorflow.raw_ops.RefEnter tensorflow.python.ops.control_flow_grad.RefEnter tensorflow.python.ops.control_flow_ops.RefEnter tensorflow.python.ops.gen_control_flow_ops.RefEnter tensorflow.python.ops.gen_control_flow_ops.ref_enter
tensor@1 tensorflow.raw_ops.RefExit tensorflow.python.ops.control_flow_grad.RefExit tensorflow.python.ops.control_flow_ops.RefExit tensorflow.python.ops.gen_control_flow_ops.RefExit tensorflow.python.ops.gen_control_flow_ops.ref_exit
tensor@1 tensorflow.raw_ops.RefIdentity tensorflow.python.ops.array_ops.RefIdentity tensorflow.python.ops.gen_array_ops.RefIdentity tensorflow.python.ops.gen_array_ops.ref_identity tensorflow.python.ops.standard_ops.RefIdentity
tensor_list@1 tensorflow.raw_ops.RefMerge tensorflow.python.ops.control_flow_grad.RefMerge tensorflow.python.ops.control_flow_ops.RefMerge tensorflow.python.ops.gen_control_flow_ops.RefMerge tensorflow.python.ops.gen_control_flow_ops.ref_merge
tensor@1 tensorflow.raw_ops.RefNextIteration tensorflow.python.ops.control_flow_grad.RefNextIteration tensorflow.python.ops.control_flow_ops.RefNextIteration tensorflow.python.ops.gen_control_flow_ops.RefNextIteration tensorflow.python.ops.gen_control_flow_ops.ref_next_iteration
tensor@2 tensorflow.raw_ops.RefSelect tensorflow.python.ops.control_flow_grad.RefSelect tensorflow.python.ops.control_flow_ops.RefSelect tensorflow.python.ops.gen_control_flow_ops.RefSelect tensorflow.python.ops.gen_control_flow_ops.ref_select
tensor_list@2 tensorflow.raw_ops.RefSwitch tensorflow.python.ops.control_flow_grad.RefSwitch tensorflow.python.ops.control_flow_ops.RefSwitch tensorflow.python.ops.gen_control_flow_ops.RefSwitch tensorflow.python.ops.gen_control_flow_ops.ref_switch
tensor@2 tensorflow.raw_ops.RegexFullMatch tensorflow.python.ops.gen_string_ops.RegexFullMatch tensorflow.python.ops.gen_string_ops.regex_full_match tensorflow.python.ops.standard_ops.RegexFullMatch tensorflow.python.ops.string_ops.RegexFullMatch
tensor@4 tensorflow.raw_ops.RegexReplace tensorflow.python.ops.gen_string_ops.RegexReplace tensorflow.python.ops.gen_string_ops.regex_replace tensorflow.python.ops.standard_ops.RegexReplace tensorflow.python.ops.string_ops.RegexReplace
tensor@6 tensorflow.raw_ops.RegisterDataset tensorflow.python.ops.gen_experimental_dataset_ops.RegisterDataset tensorflow.python.ops.gen_experimental_dataset_ops.register_dataset
tensor@7 tensorflow.raw_ops.RegisterDatasetV2 tensorflow.python.ops.gen_experimental_dataset_ops.RegisterDatasetV2 tensorflow.python.ops.gen_experimental_dataset_ops.register_dataset_v2
tensor@1 tensorflow.raw_ops.Relu tensorflow.nn.relu tensorflow.python.ops.gen_nn_ops.Relu tensorflow.python.ops.gen_nn_ops.relu tensorflow.python.ops.nn.Relu tensorflow.python.ops.nn.relu tensorflow.python.ops.nn_ops.Relu
tensor@1 tensorflow.raw_ops.Relu6 tensorflow.python.ops.gen_nn_ops.Relu6 tensorflow.python.ops.gen_nn_ops.relu6 tensorflow.python.ops.nn.Relu6 tensorflow.python.ops.nn_ops.Relu6
tensor@2 tensorflow.raw_ops.Relu6Grad tensorflow.python.ops.gen_nn_ops.Relu6Grad tensorflow.python.ops.gen_nn_ops.relu6_grad tensorflow.python.ops.nn.Relu6Grad tensorflow.python.ops.nn_ops.Relu6Grad
tensor@2 tensorflow.raw_ops.ReluGrad tensorflow.python.ops.gen_nn_ops.ReluGrad tensorflow.python.ops.gen_nn_ops.relu_grad tensorflow.python.ops.nn.ReluGrad tensorflow.python.ops.nn_ops.ReluGrad
tensor_list@4 tensorflow.raw_ops.RemoteCall tensorflow.python.ops.gen_functional_ops.RemoteCall tensorflow.python.ops.gen_functional_ops.remote_call
tensor@5 tensorflow.raw_ops.RepeatDataset tensorflow.python.ops.gen_dataset_ops.RepeatDataset tensorflow.python.ops.gen_dataset_ops.repeat_dataset
tensor_list@3 tensorflow.raw_ops.RequantizationRange tensorflow.python.ops.gen_math_ops.RequantizationRange tensorflow.python.ops.gen_math_ops.requantization_range tensorflow.python.ops.math_ops.RequantizationRange tensorflow.python.ops.standard_ops.RequantizationRange
tensor_list@4 tensorflow.raw_ops.RequantizationRangePerChannel tensorflow.python.ops.gen_math_ops.RequantizationRangePerChannel tensorflow.python.ops.gen_math_ops.requantization_range_per_channel tensorflow.python.ops.math_ops.RequantizationRangePerChannel tensorflow.python.ops.standard_ops.RequantizationRangePerChannel
tensor_list@6 tensorflow.raw_ops.Requantize tensorflow.python.ops.gen_math_ops.Requantize tensorflow.python.ops.gen_math_ops.requantize tensorflow.python.ops.math_ops.Requantize tensorflow.python.ops.standard_ops.Requantize
tensor_list@6 tensorflow.raw_ops.RequantizePerChannel tensorflow.python.ops.gen_math_ops.RequantizePerChannel tensorflow.python.ops.gen_math_ops.requantize_per_channel tensorflow.python.ops.math_ops.RequantizePerChannel tensorflow.python.ops.standard_ops.RequantizePerChannel
tensor@2 tensorflow.raw_ops.Reshape tensorflow.python.ops.array_ops.Reshape tensorflow.python.ops.gen_array_ops.Reshape tensorflow.python.ops.gen_array_ops.reshape tensorflow.python.ops.standard_ops.Reshape
tensor@3 tensorflow.raw_ops.ResizeArea tensorflow.compat.v1.image.resize_area tensorflow.python.ops.gen_image_ops.ResizeArea tensorflow.python.ops.gen_image_ops.resize_area tensorflow.python.ops.image_ops.ResizeArea tensorflow.python.ops.image_ops.resize_area tensorflow.python.ops.image_ops_impl.resize_area
tensor@4 tensorflow.raw_ops.ResizeBicubic tensorflow.python.ops.gen_image_ops.ResizeBicubic tensorflow.python.ops.gen_image_ops.resize_bicubic tensorflow.python.ops.image_ops.ResizeBicubic
tensor@4 tensorflow.raw_ops.ResizeBicubicGrad tensorflow.python.ops.gen_image_ops.ResizeBicubicGrad tensorflow.python.ops.gen_image_ops.resize_bicubic_grad tensorflow.python.ops.image_ops.ResizeBicubicGrad
tensor@4 tensorflow.raw_ops.ResizeBilinear tensorflow.python.ops.gen_image_ops.ResizeBilinear tensorflow.python.ops.gen_image_ops.resize_bilinear tensorflow.python.ops.image_ops.ResizeBilinear
tensor@4 tensorflow.raw_ops.ResizeBilinearGrad tensorflow.python.ops.gen_image_ops.ResizeBilinearGrad tensorflow.python.ops.gen_image_ops.resize_bilinear_grad tensorflow.python.ops.image_ops.ResizeBilinearGrad
tensor@4 tensorflow.raw_ops.ResizeNearestNeighbor tensorflow.python.ops.gen_image_ops.ResizeNearestNeighbor tensorflow.python.ops.gen_image_ops.resize_nearest_neighbor tensorflow.python.ops.image_ops.ResizeNearestNeighbor
tensor@4 tensorflow.raw_ops.ResizeNearestNeighborGrad tensorflow.python.ops.gen_image_ops.ResizeNearestNeighborGrad tensorflow.python.ops.gen_image_ops.resize_nearest_neighbor_grad tensorflow.python.ops.image_ops.ResizeNearestNeighborGrad
none@3 tensorflow.raw_ops.ResourceAccumulatorApplyGradient tensorflow.python.ops.data_flow_ops.ResourceAccumulatorApplyGradient tensorflow.python.ops.gen_data_flow_ops.ResourceAccumulatorApplyGradient tensorflow.python.ops.gen_data_flow_ops.resource_accumulator_apply_gradient tensorflow.python.ops.standard_ops.ResourceAccumulatorApplyGradient
tensor@1 tensorflow.raw_ops.ResourceAccumulatorNumAccumulated tensorflow.python.ops.data_flow_ops.ResourceAccumulatorNumAccumulated tensorflow.python.ops.gen_data_flow_ops.ResourceAccumulatorNumAccumulated tensorflow.python.ops.gen_data_flow_ops.resource_accumulator_num_accumulated tensorflow.python.ops.standard_ops.ResourceAccumulatorNumAccumulated
none@2 tensorflow.raw_ops.ResourceAccumulatorSetGlobalStep tensorflow.python.ops.data_flow_ops.ResourceAccumulatorSetGlobalStep tensorflow.python.ops.gen_data_flow_ops.ResourceAccumulatorSetGlobalStep tensorflow.python.ops.gen_data_flow_ops.resource_accumulator_set_global_step tensorflow.python.ops.standard_ops.ResourceAccumulatorSetGlobalStep
tensor@3 tensorflow.raw_ops.ResourceAccumulatorTakeGradient tensorflow.python.ops.data_flow_ops.ResourceAccumulatorTakeGradient tensorflow.python.ops.gen_data_flow_ops.ResourceAccumulatorTakeGradient tensorflow.python.ops.gen_data_flow_ops.resource_accumulator_take_gradient tensorflow.python.ops.standard_ops.ResourceAccumulatorTakeGradient
none@10 tensorflow.raw_ops.ResourceApplyAdaMax tensorflow.python.ops.gen_training_ops.ResourceApplyAdaMax tensorflow.python.ops.gen_training_ops.resource_apply_ada_max
none@8 tensorflow.raw_ops.ResourceApplyAdadelta tensorflow.python.ops.gen_training_ops.ResourceApplyAdadelta tensorflow.python.ops.gen_training_ops.resource_apply_adadelta
none@6 tensorflow.raw_ops.ResourceApplyAdagrad tensorflow.python.ops.gen_training_ops.ResourceApplyAdagrad tensorflow.python.ops.gen_training_ops.resource_apply_adagrad
none@9 tensorflow.raw_ops.ResourceApplyAdagradDA tensorflow.python.ops.gen_training_ops.ResourceApplyAdagradDA tensorflow.python.ops.gen_training_ops.resource_apply_adagrad_da
none@7 tensorflow.raw_ops.ResourceApplyAdagradV2 tensorflow.python.ops.gen_training_ops.ResourceApplyAdagradV2 tensorflow.python.ops.gen_training_ops.resource_apply_adagrad_v2
none@12 tensorflow.raw_ops.ResourceApplyAdam tensorflow.python.ops.gen_training_ops.ResourceApplyAdam tensorflow.python.ops.gen_training_ops.resource_apply_adam
none@12 tensorflow.raw_ops.ResourceApplyAdamWithAmsgrad tensorflow.python.ops.gen_training_ops.ResourceApplyAdamWithAmsgrad tensorflow.python.ops.gen_training_ops.resource_apply_adam_with_amsgrad
none@8 tensorflow.raw_ops.ResourceApplyAddSign tensorflow.python.ops.gen_training_ops.ResourceApplyAddSign tensorflow.python.ops.gen_training_ops.resource_apply_add_sign
none@10 tensorflow.raw_ops.ResourceApplyCenteredRMSProp tensorflow.python.ops.gen_training_ops.ResourceApplyCenteredRMSProp tensorflow.python.ops.gen_training_ops.resource_apply_centered_rms_prop
none@10 tensorflow.raw_ops.ResourceApplyFtrl tensorflow.python.ops.gen_training_ops.ResourceApplyFtrl tensorflow.python.ops.gen_training_ops.resource_apply_ftrl
none@11 tensorflow.raw_ops.ResourceApplyFtrlV2 tensorflow.python.ops.gen_training_ops.ResourceApplyFtrlV2 tensorflow.python.ops.gen_training_ops.resource_apply_ftrl_v2
none@4 tensorflow.raw_ops.ResourceApplyGradientDescent tensorflow.python.ops.gen_training_ops.ResourceApplyGradientDescent tensorflow.python.ops.gen_training_ops.resource_apply_gradient_descent
none@7 tensorflow.raw_ops.ResourceApplyKerasMomentum tensorflow.python.ops.gen_training_ops.ResourceApplyKerasMomentum tensorflow.python.ops.gen_training_ops.resource_apply_keras_momentum
none@7 tensorflow.raw_ops.ResourceApplyMomentum tensorflow.python.ops.gen_training_ops.ResourceApplyMomentum tensorflow.python.ops.gen_training_ops.resource_apply_momentum
none@8 tensorflow.raw_ops.ResourceApplyPowerSign tensorflow.python.ops.gen_training_ops.ResourceApplyPowerSign tensorflow.python.ops.gen_training_ops.resource_apply_power_sign
none@7 tensorflow.raw_ops.ResourceApplyProximalAdagrad tensorflow.python.ops.gen_training_ops.ResourceApplyProximalAdagrad tensorflow.python.ops.gen_training_ops.resource_apply_proximal_adagrad
none@6 tensorflow.raw_ops.ResourceApplyProximalGradientDescent tensorflow.python.ops.gen_training_ops.ResourceApplyProximalGradientDescent tensorflow.python.ops.gen_training_ops.resource_apply_proximal_gradient_descent
none@9 tensorflow.raw_ops.ResourceApplyRMSProp tensorflow.python.ops.gen_training_ops.ResourceApplyRMSProp tensorflow.python.ops.gen_training_ops.resource_apply_rms_prop
tensor@5 tensorflow.raw_ops.ResourceConditionalAccumulator tensorflow.python.ops.data_flow_ops.ResourceConditionalAccumulator tensorflow.python.ops.gen_data_flow_ops.ResourceConditionalAccumulator tensorflow.python.ops.gen_data_flow_ops.resource_conditional_accumulator tensorflow.python.ops.standard_ops.ResourceConditionalAccumulator
tensor@3 tensorflow.raw_ops.ResourceCountUpTo tensorflow.python.ops.gen_state_ops.ResourceCountUpTo tensorflow.python.ops.gen_state_ops.resource_count_up_to tensorflow.python.ops.state_ops.ResourceCountUpTo
tensor@5 tensorflow.raw_ops.ResourceGather tensorflow.python.ops.gen_resource_variable_ops.ResourceGather tensorflow.python.ops.gen_resource_variable_ops.resource_gather tensorflow.python.ops.resource_variable_ops.ResourceGather
tensor@3 tensorflow.raw_ops.ResourceGatherNd tensorflow.python.ops.gen_resource_variable_ops.ResourceGatherNd tensorflow.python.ops.gen_resource_variable_ops.resource_gather_nd tensorflow.python.ops.resource_variable_ops.ResourceGatherNd
none@3 tensorflow.raw_ops.ResourceScatterAdd tensorflow.python.ops.gen_resource_variable_ops.ResourceScatterAdd tensorflow.python.ops.gen_resource_variable_ops.resource_scatter_add tensorflow.python.ops.resource_variable_ops.ResourceScatterAdd
none@3 tensorflow.raw_ops.ResourceScatterDiv tensorflow.python.ops.gen_resource_variable_ops.ResourceScatterDiv tensorflow.python.ops.gen_resource_variable_ops.resource_scatter_div tensorflow.python.ops.resource_variable_ops.ResourceScatterDiv
none@3 tensorflow.raw_ops.ResourceScatterMax tensorflow.python.ops.gen_resource_variable_ops.ResourceScatterMax tensorflow.python.ops.gen_resource_variable_ops.resource_scatter_max tensorflow.python.ops.resource_variable_ops.ResourceScatterMax
none@3 tensorflow.raw_ops.ResourceScatterMin tensorflow.python.ops.gen_resource_variable_ops.ResourceScatterMin tensorflow.python.ops.gen_resource_variable_ops.resource_scatter_min tensorflow.python.ops.resource_variable_ops.ResourceScatterMin
none@3 tensorflow.raw_ops.ResourceScatterMul tensorflow.python.ops.gen_resource_variable_ops.ResourceScatterMul tensorflow.python.ops.gen_resource_variable_ops.resource_scatter_mul tensorflow.python.ops.resource_variable_ops.ResourceScatterMul
none@5 tensorflow.raw_ops.ResourceScatterNdAdd tensorflow.python.ops.gen_state_ops.ResourceScatterNdAdd tensorflow.python.ops.gen_state_ops.resource_scatter_nd_add tensorflow.python.ops.state_ops.ResourceScatterNdAdd
none@5 tensorflow.raw_ops.ResourceScatterNdMax tensorflow.python.ops.gen_state_ops.ResourceScatterNdMax tensorflow.python.ops.gen_state_ops.resource_scatter_nd_max tensorflow.python.ops.state_ops.ResourceScatterNdMax
none@5 tensorflow.raw_ops.ResourceScatterNdMin tensorflow.python.ops.gen_state_ops.ResourceScatterNdMin tensorflow.python.ops.gen_state_ops.resource_scatter_nd_min tensorflow.python.ops.state_ops.ResourceScatterNdMin
none@5 tensorflow.raw_ops.ResourceScatterNdSub tensorflow.python.ops.gen_state_ops.ResourceScatterNdSub tensorflow.python.ops.gen_state_ops.resource_scatter_nd_sub tensorflow.python.ops.state_ops.ResourceScatterNdSub
none@5 tensorflow.raw_ops.ResourceScatterNdUpdate tensorflow.python.ops.gen_state_ops.ResourceScatterNdUpdate tensorflow.python.ops.gen_state_ops.resource_scatter_nd_update tensorflow.python.ops.state_ops.ResourceScatterNdUpdate
none@3 tensorflow.raw_ops.ResourceScatterSub tensorflow.python.ops.gen_resource_variable_ops.ResourceScatterSub tensorflow.python.ops.gen_resource_variable_ops.resource_scatter_sub tensorflow.python.ops.resource_variable_ops.ResourceScatterSub
none@3 tensorflow.raw_ops.ResourceScatterUpdate tensorflow.python.ops.gen_resource_variable_ops.ResourceScatterUpdate tensorflow.python.ops.gen_resource_variable_ops.resource_scatter_update tensorflow.python.ops.resource_variable_ops.ResourceScatterUpdate
none@9 tensorflow.raw_ops.ResourceSparseApplyAdadelta tensorflow.python.ops.gen_training_ops.ResourceSparseApplyAdadelta tensorflow.python.ops.gen_training_ops.resource_sparse_apply_adadelta
none@7 tensorflow.raw_ops.ResourceSparseApplyAdagrad tensorflow.python.ops.gen_training_ops.ResourceSparseApplyAdagrad tensorflow.python.ops.gen_training_ops.resource_sparse_apply_adagrad
none@10 tensorflow.raw_ops.ResourceSparseApplyAdagradDA tensorflow.python.ops.gen_training_ops.ResourceSparseApplyAdagradDA tensorflow.python.ops.gen_training_ops.resource_sparse_apply_adagrad_da
none@8 tensorflow.raw_ops.ResourceSparseApplyAdagradV2 tensorflow.python.ops.gen_training_ops.ResourceSparseApplyAdagradV2 tensorflow.python.ops.gen_training_ops.resource_sparse_apply_adagrad_v2
none@11 tensorflow.raw_ops.ResourceSparseApplyCenteredRMSProp tensorflow.python.ops.gen_training_ops.ResourceSparseApplyCenteredRMSProp tensorflow.python.ops.gen_training_ops.resource_sparse_apply_centered_rms_prop
none@11 tensorflow.raw_ops.ResourceSparseApplyFtrl tensorflow.python.ops.gen_training_ops.ResourceSparseApplyFtrl tensorflow.python.ops.gen_training_ops.resource_sparse_apply_ftrl
none@12 tensorflow.raw_ops.ResourceSparseApplyFtrlV2 tensorflow.python.ops.gen_training_ops.ResourceSparseApplyFtrlV2 tensorflow.python.ops.gen_training_ops.resource_sparse_apply_ftrl_v2
none@8 tensorflow.raw_ops.ResourceSparseApplyKerasMomentum tensorflow.python.ops.gen_training_ops.ResourceSparseApplyKerasMomentum tensorflow.python.ops.gen_training_ops.resource_sparse_apply_keras_momentum
none@8 tensorflow.raw_ops.ResourceSparseApplyMomentum tensorflow.python.ops.gen_training_ops.ResourceSparseApplyMomentum tensorflow.python.ops.gen_training_ops.resource_sparse_apply_momentum
none@8 tensorflow.raw_ops.ResourceSparseApplyProximalAdagrad tensorflow.python.ops.gen_training_ops.ResourceSparseApplyProximalAdagrad tensorflow.python.ops.gen_training_ops.resource_sparse_apply_proximal_adagrad
none@7 tensorflow.raw_ops.ResourceSparseApplyProximalGradientDescent tensorflow.python.ops.gen_training_ops.ResourceSparseApplyProximalGradientDescent tensorflow.python.ops.gen_training_ops.resource_sparse_apply_proximal_gradient_descent
none@10 tensorflow.raw_ops.ResourceSparseApplyRMSProp tensorflow.python.ops.gen_training_ops.ResourceSparseApplyRMSProp tensorflow.python.ops.gen_training_ops.resource_sparse_apply_rms_prop
none@10 tensorflow.raw_ops.ResourceStridedSliceAssign tensorflow.python.ops.array_ops.ResourceStridedSliceAssign tensorflow.python.ops.gen_array_ops.ResourceStridedSliceAssign tensorflow.python.ops.gen_array_ops.resource_strided_slice_assign tensorflow.python.ops.standard_ops.ResourceStridedSliceAssign
tensor@4 tensorflow.raw_ops.Restore tensorflow.python.ops.gen_io_ops.Restore tensorflow.python.ops.gen_io_ops.restore tensorflow.python.ops.io_ops.Restore tensorflow.python.ops.standard_ops.Restore
tensor@5 tensorflow.raw_ops.RestoreSlice tensorflow.python.ops.gen_io_ops.RestoreSlice tensorflow.python.ops.gen_io_ops.restore_slice tensorflow.python.ops.io_ops.RestoreSlice tensorflow.python.ops.standard_ops.RestoreSlice
tensor_list@4 tensorflow.raw_ops.RestoreV2 tensorflow.python.ops.gen_io_ops.RestoreV2 tensorflow.python.ops.gen_io_ops.restore_v2 tensorflow.python.ops.io_ops.RestoreV2 tensorflow.python.ops.standard_ops.RestoreV2
tensor_list@5 tensorflow.raw_ops.RetrieveTPUEmbeddingADAMParameters tensorflow.python.ops.gen_tpu_ops.RetrieveTPUEmbeddingADAMParameters tensorflow.python.ops.gen_tpu_ops.retrieve_tpu_embedding_adam_parameters tensorflow.python.tpu.ops.tpu_ops.RetrieveTPUEmbeddingADAMParameters
tensor_list@5 tensorflow.raw_ops.RetrieveTPUEmbeddingAdadeltaParameters tensorflow.python.ops.gen_tpu_ops.RetrieveTPUEmbeddingAdadeltaParameters tensorflow.python.ops.gen_tpu_ops.retrieve_tpu_embedding_adadelta_parameters tensorflow.python.tpu.ops.tpu_ops.RetrieveTPUEmbeddingAdadeltaParameters
tensor_list@5 tensorflow.raw_ops.RetrieveTPUEmbeddingAdagradMomentumParameters tensorflow.python.ops.gen_tpu_ops.RetrieveTPUEmbeddingAdagradMomentumParameters tensorflow.python.ops.gen_tpu_ops.retrieve_tpu_embedding_adagrad_momentum_parameters tensorflow.python.tpu.ops.tpu_ops.RetrieveTPUEmbeddingAdagradMomentumParameters
tensor_list@5 tensorflow.raw_ops.RetrieveTPUEmbeddingAdagradParameters tensorflow.python.ops.gen_tpu_ops.RetrieveTPUEmbeddingAdagradParameters tensorflow.python.ops.gen_tpu_ops.retrieve_tpu_embedding_adagrad_parameters tensorflow.python.tpu.ops.tpu_ops.RetrieveTPUEmbeddingAdagradParameters
tensor_list@5 tensorflow.raw_ops.RetrieveTPUEmbeddingCenteredRMSPropParameters tensorflow.python.ops.gen_tpu_ops.RetrieveTPUEmbeddingCenteredRMSPropParameters tensorflow.python.ops.gen_tpu_ops.retrieve_tpu_embedding_centered_rms_prop_parameters tensorflow.python.tpu.ops.tpu_ops.RetrieveTPUEmbeddingCenteredRMSPropParameters
tensor_list@5 tensorflow.raw_ops.RetrieveTPUEmbeddingFTRLParameters tensorflow.python.ops.gen_tpu_ops.RetrieveTPUEmbeddingFTRLParameters tensorflow.python.ops.gen_tpu_ops.retrieve_tpu_embedding_ftrl_parameters tensorflow.python.tpu.ops.tpu_ops.RetrieveTPUEmbeddingFTRLParameters
tensor_list@5 tensorflow.raw_ops.RetrieveTPUEmbeddingFrequencyEstimatorParameters tensorflow.python.ops.gen_tpu_ops.RetrieveTPUEmbeddingFrequencyEstimatorParameters tensorflow.python.ops.gen_tpu_ops.retrieve_tpu_embedding_frequency_estimator_parameters tensorflow.python.tpu.ops.tpu_ops.RetrieveTPUEmbeddingFrequencyEstimatorParameters
tensor_list@5 tensorflow.raw_ops.RetrieveTPUEmbeddingMDLAdagradLightParameters tensorflow.python.ops.gen_tpu_ops.RetrieveTPUEmbeddingMDLAdagradLightParameters tensorflow.python.ops.gen_tpu_ops.retrieve_tpu_embedding_mdl_adagrad_light_parameters tensorflow.python.tpu.ops.tpu_ops.RetrieveTPUEmbeddingMDLAdagradLightParameters
tensor_list@5 tensorflow.raw_ops.RetrieveTPUEmbeddingMomentumParameters tensorflow.python.ops.gen_tpu_ops.RetrieveTPUEmbeddingMomentumParameters tensorflow.python.ops.gen_tpu_ops.retrieve_tpu_embedding_momentum_parameters tensorflow.python.tpu.ops.tpu_ops.RetrieveTPUEmbeddingMomentumParameters
tensor_list@5 tensorflow.raw_ops.RetrieveTPUEmbeddingProximalAdagradParameters tensorflow.python.ops.gen_tpu_ops.RetrieveTPUEmbeddingProximalAdagradParameters tensorflow.python.ops.gen_tpu_ops.retrieve_tpu_embedding_proximal_adagrad_parameters tensorflow.python.tpu.ops.tpu_ops.RetrieveTPUEmbeddingProximalAdagradParameters
tensor_list@5 tensorflow.raw_ops.RetrieveTPUEmbeddingProximalYogiParameters tensorflow.python.ops.gen_tpu_ops.RetrieveTPUEmbeddingProximalYogiParameters tensorflow.python.ops.gen_tpu_ops.retrieve_tpu_embedding_proximal_yogi_parameters tensorflow.python.tpu.ops.tpu_ops.RetrieveTPUEmbeddingProximalYogiParameters
tensor_list@5 tensorflow.raw_ops.RetrieveTPUEmbeddingRMSPropParameters tensorflow.python.ops.gen_tpu_ops.RetrieveTPUEmbeddingRMSPropParameters tensorflow.python.ops.gen_tpu_ops.retrieve_tpu_embedding_rms_prop_parameters tensorflow.python.tpu.ops.tpu_ops.RetrieveTPUEmbeddingRMSPropParameters
tensor@5 tensorflow.raw_ops.RetrieveTPUEmbeddingStochasticGradientDescentParameters tensorflow.python.ops.gen_tpu_ops.RetrieveTPUEmbeddingStochasticGradientDescentParameters tensorflow.python.ops.gen_tpu_ops.retrieve_tpu_embedding_stochastic_gradient_descent_parameters tensorflow.python.tpu.ops.tpu_ops.RetrieveTPUEmbeddingStochasticGradientDescentParameters
tensor@2 tensorflow.raw_ops.Reverse tensorflow.python.ops.array_ops.Reverse tensorflow.python.ops.gen_array_ops.Reverse tensorflow.python.ops.gen_array_ops.reverse tensorflow.python.ops.standard_ops.Reverse
tensor@4 tensorflow.raw_ops.ReverseSequence tensorflow.python.ops.array_ops.ReverseSequence tensorflow.python.ops.gen_array_ops.ReverseSequence tensorflow.python.ops.gen_array_ops.reverse_sequence tensorflow.python.ops.standard_ops.ReverseSequence
tensor@4 tensorflow.raw_ops.RewriteDataset tensorflow.python.ops.gen_dataset_ops.RewriteDataset tensorflow.python.ops.gen_dataset_ops.rewrite_dataset
tensor@2 tensorflow.raw_ops.RightShift tensorflow.bitwise.right_shift tensorflow.python.ops.bitwise_ops.RightShift tensorflow.python.ops.bitwise_ops.right_shift tensorflow.python.ops.gen_bitwise_ops.RightShift tensorflow.python.ops.gen_bitwise_ops.right_shift
tensor@1 tensorflow.raw_ops.Rint tensorflow.compat.v1.rint tensorflow.math.rint tensorflow.python.ops.gen_math_ops.Rint tensorflow.python.ops.gen_math_ops.rint tensorflow.python.ops.math_ops.Rint tensorflow.python.ops.math_ops.rint tensorflow.python.ops.standard_ops.Rint tensorflow.python.ops.standard_ops.rint
tensor@3 tensorflow.raw_ops.RngReadAndSkip tensorflow.python.ops.gen_stateful_random_ops.RngReadAndSkip tensorflow.python.ops.gen_stateful_random_ops.rng_read_and_skip
none@3 tensorflow.raw_ops.RngSkip tensorflow.python.ops.gen_stateful_random_ops.RngSkip tensorflow.python.ops.gen_stateful_random_ops.rng_skip
tensor@3 tensorflow.raw_ops.Roll tensorflow.python.ops.gen_manip_ops.Roll tensorflow.python.ops.gen_manip_ops.roll
tensor@1 tensorflow.raw_ops.Round tensorflow.python.ops.gen_math_ops.Round tensorflow.python.ops.gen_math_ops.round tensorflow.python.ops.math_ops.Round tensorflow.python.ops.standard_ops.Round
tensor@1 tensorflow.raw_ops.Rsqrt tensorflow.python.ops.gen_math_ops.Rsqrt tensorflow.python.ops.gen_math_ops.rsqrt tensorflow.python.ops.math_ops.Rsqrt tensorflow.python.ops.standard_ops.Rsqrt
tensor@2 tensorflow.raw_ops.RsqrtGrad tensorflow.python.ops.gen_math_ops.RsqrtGrad tensorflow.python.ops.gen_math_ops.rsqrt_grad tensorflow.python.ops.math_ops.RsqrtGrad tensorflow.python.ops.standard_ops.RsqrtGrad
tensor_list@9 tensorflow.raw_ops.SampleDistortedBoundingBox tensorflow.python.ops.gen_image_ops.SampleDistortedBoundingBox tensorflow.python.ops.gen_image_ops.sample_distorted_bounding_box tensorflow.python.ops.image_ops.SampleDistortedBoundingBox
tensor_list@9 tensorflow.raw_ops.SampleDistortedBoundingBoxV2 tensorflow.python.ops.gen_image_ops.SampleDistortedBoundingBoxV2 tensorflow.python.ops.gen_image_ops.sample_distorted_bounding_box_v2 tensorflow.python.ops.image_ops.SampleDistortedBoundingBoxV2
tensor@6 tensorflow.raw_ops.SamplingDataset tensorflow.python.ops.gen_experimental_dataset_ops.SamplingDataset tensorflow.python.ops.gen_experimental_dataset_ops.sampling_dataset
none@3 tensorflow.raw_ops.Save tensorflow.python.ops.gen_io_ops.Save tensorflow.python.ops.gen_io_ops.save tensorflow.python.ops.io_ops.Save tensorflow.python.ops.standard_ops.Save
none@6 tensorflow.raw_ops.SaveDataset tensorflow.python.ops.gen_experimental_dataset_ops.SaveDataset tensorflow.python.ops.gen_experimental_dataset_ops.save_dataset
tensor@8 tensorflow.raw_ops.SaveDatasetV2 tensorflow.python.ops.gen_experimental_dataset_ops.SaveDatasetV2 tensorflow.python.ops.gen_experimental_dataset_ops.save_dataset_v2
none@4 tensorflow.raw_ops.SaveSlices tensorflow.python.ops.gen_io_ops.SaveSlices tensorflow.python.ops.gen_io_ops.save_slices tensorflow.python.ops.io_ops.SaveSlices tensorflow.python.ops.standard_ops.SaveSlices
none@4 tensorflow.raw_ops.SaveV2 tensorflow.python.ops.gen_io_ops.SaveV2 tensorflow.python.ops.gen_io_ops.save_v2 tensorflow.python.ops.io_ops.SaveV2 tensorflow.python.ops.standard_ops.SaveV2
tensor@2 tensorflow.raw_ops.ScalarSummary tensorflow.python.ops.gen_logging_ops.ScalarSummary tensorflow.python.ops.gen_logging_ops.scalar_summary tensorflow.python.ops.logging_ops.ScalarSummary
tensor@6 tensorflow.raw_ops.ScaleAndTranslate tensorflow.python.ops.gen_image_ops.ScaleAndTranslate tensorflow.python.ops.gen_image_ops.scale_and_translate tensorflow.python.ops.image_ops.ScaleAndTranslate
tensor@6 tensorflow.raw_ops.ScaleAndTranslateGrad tensorflow.python.ops.gen_image_ops.ScaleAndTranslateGrad tensorflow.python.ops.gen_image_ops.scale_and_translate_grad tensorflow.python.ops.image_ops.ScaleAndTranslateGrad
tensor@9 tensorflow.raw_ops.ScanDataset tensorflow.python.ops.gen_experimental_dataset_ops.ScanDataset tensorflow.python.ops.gen_experimental_dataset_ops.scan_dataset
tensor@4 tensorflow.raw_ops.ScatterAdd tensorflow.python.ops.gen_state_ops.ScatterAdd tensorflow.python.ops.gen_state_ops.scatter_add tensorflow.python.ops.state_ops.ScatterAdd
tensor@4 tensorflow.raw_ops.ScatterDiv tensorflow.python.ops.gen_state_ops.ScatterDiv tensorflow.python.ops.gen_state_ops.scatter_div tensorflow.python.ops.state_ops.ScatterDiv
tensor@4 tensorflow.raw_ops.ScatterMax tensorflow.python.ops.gen_state_ops.ScatterMax tensorflow.python.ops.gen_state_ops.scatter_max tensorflow.python.ops.state_ops.ScatterMax
tensor@4 tensorflow.raw_ops.ScatterMin tensorflow.python.ops.gen_state_ops.ScatterMin tensorflow.python.ops.gen_state_ops.scatter_min tensorflow.python.ops.state_ops.ScatterMin
tensor@4 tensorflow.raw_ops.ScatterMul tensorflow.python.ops.gen_state_ops.ScatterMul tensorflow.python.ops.gen_state_ops.scatter_mul tensorflow.python.ops.state_ops.ScatterMul
tensor@5 tensorflow.raw_ops.ScatterNdAdd tensorflow.python.ops.gen_state_ops.ScatterNdAdd tensorflow.python.ops.gen_state_ops.scatter_nd_add tensorflow.python.ops.state_ops.ScatterNdAdd
tensor@5 tensorflow.raw_ops.ScatterNdMax tensorflow.python.ops.gen_state_ops.ScatterNdMax tensorflow.python.ops.gen_state_ops.scatter_nd_max tensorflow.python.ops.state_ops.ScatterNdMax
tensor@5 tensorflow.raw_ops.ScatterNdMin tensorflow.python.ops.gen_state_ops.ScatterNdMin tensorflow.python.ops.gen_state_ops.scatter_nd_min tensorflow.python.ops.state_ops.ScatterNdMin
tensor@4 tensorflow.raw_ops.ScatterNdNonAliasingAdd tensorflow.python.ops.array_ops.ScatterNdNonAliasingAdd tensorflow.python.ops.gen_array_ops.ScatterNdNonAliasingAdd tensorflow.python.ops.gen_array_ops.scatter_nd_non_aliasing_add tensorflow.python.ops.standard_ops.ScatterNdNonAliasingAdd
tensor@5 tensorflow.raw_ops.ScatterNdSub tensorflow.python.ops.gen_state_ops.ScatterNdSub tensorflow.python.ops.gen_state_ops.scatter_nd_sub tensorflow.python.ops.state_ops.ScatterNdSub
tensor@5 tensorflow.raw_ops.ScatterNdUpdate tensorflow.python.ops.gen_state_ops.ScatterNdUpdate tensorflow.python.ops.gen_state_ops.scatter_nd_update tensorflow.python.ops.state_ops.ScatterNdUpdate
tensor@4 tensorflow.raw_ops.ScatterSub tensorflow.python.ops.gen_state_ops.ScatterSub tensorflow.python.ops.gen_state_ops.scatter_sub tensorflow.python.ops.state_ops.ScatterSub
tensor@4 tensorflow.raw_ops.ScatterUpdate tensorflow.python.ops.gen_state_ops.ScatterUpdate tensorflow.python.ops.gen_state_ops.scatter_update tensorflow.python.ops.state_ops.ScatterUpdate
tensor@1 tensorflow.raw_ops.SdcaFprint tensorflow.compat.v1.train.sdca_fprint tensorflow.python.ops.gen_sdca_ops.SdcaFprint tensorflow.python.ops.gen_sdca_ops.sdca_fprint tensorflow.python.ops.sdca_ops.SdcaFprint tensorflow.python.ops.sdca_ops.sdca_fprint tensorflow.python.training.training.sdca_fprint
tensor_list@16 tensorflow.raw_ops.SdcaOptimizer tensorflow.compat.v1.train.sdca_optimizer tensorflow.python.ops.gen_sdca_ops.SdcaOptimizer tensorflow.python.ops.gen_sdca_ops.sdca_optimizer tensorflow.python.ops.sdca_ops.SdcaOptimizer tensorflow.python.ops.sdca_ops.sdca_optimizer tensorflow.python.training.training.sdca_optimizer
tensor_list@16 tensorflow.raw_ops.SdcaOptimizerV2 tensorflow.python.ops.gen_sdca_ops.SdcaOptimizerV2 tensorflow.python.ops.gen_sdca_ops.sdca_optimizer_v2 tensorflow.python.ops.sdca_ops.SdcaOptimizerV2
none@3 tensorflow.raw_ops.SdcaShrinkL1 tensorflow.compat.v1.train.sdca_shrink_l1 tensorflow.python.ops.gen_sdca_ops.SdcaShrinkL1 tensorflow.python.ops.gen_sdca_ops.sdca_shrink_l1 tensorflow.python.ops.sdca_ops.SdcaShrinkL1 tensorflow.python.ops.sdca_ops.sdca_shrink_l1 tensorflow.python.training.training.sdca_shrink_l1
tensor@2 tensorflow.raw_ops.SegmentMax tensorflow.compat.v1.segment_max tensorflow.math.segment_max tensorflow.python.ops.gen_math_ops.SegmentMax tensorflow.python.ops.gen_math_ops.segment_max tensorflow.python.ops.math_ops.SegmentMax tensorflow.python.ops.math_ops.segment_max tensorflow.python.ops.standard_ops.SegmentMax tensorflow.python.ops.standard_ops.segment_max
tensor@3 tensorflow.raw_ops.SegmentMaxV2 tensorflow.python.ops.gen_math_ops.SegmentMaxV2 tensorflow.python.ops.gen_math_ops.segment_max_v2 tensorflow.python.ops.math_ops.SegmentMaxV2 tensorflow.python.ops.standard_ops.SegmentMaxV2
tensor@2 tensorflow.raw_ops.SegmentMean tensorflow.compat.v1.segment_mean tensorflow.math.segment_mean tensorflow.python.ops.gen_math_ops.SegmentMean tensorflow.python.ops.gen_math_ops.segment_mean tensorflow.python.ops.math_ops.SegmentMean tensorflow.python.ops.math_ops.segment_mean tensorflow.python.ops.standard_ops.SegmentMean tensorflow.python.ops.standard_ops.segment_mean
tensor@2 tensorflow.raw_ops.SegmentMin tensorflow.compat.v1.segment_min tensorflow.math.segment_min tensorflow.python.ops.gen_math_ops.SegmentMin tensorflow.python.ops.gen_math_ops.segment_min tensorflow.python.ops.math_ops.SegmentMin tensorflow.python.ops.math_ops.segment_min tensorflow.python.ops.standard_ops.SegmentMin tensorflow.python.ops.standard_ops.segment_min
tensor@3 tensorflow.raw_ops.SegmentMinV2 tensorflow.python.ops.gen_math_ops.SegmentMinV2 tensorflow.python.ops.gen_math_ops.segment_min_v2 tensorflow.python.ops.math_ops.SegmentMinV2 tensorflow.python.ops.standard_ops.SegmentMinV2
tensor@2 tensorflow.raw_ops.SegmentProd tensorflow.compat.v1.segment_prod tensorflow.math.segment_prod tensorflow.python.ops.gen_math_ops.SegmentProd tensorflow.python.ops.gen_math_ops.segment_prod tensorflow.python.ops.math_ops.SegmentProd tensorflow.python.ops.math_ops.segment_prod tensorflow.python.ops.standard_ops.SegmentProd tensorflow.python.ops.standard_ops.segment_prod
tensor@3 tensorflow.raw_ops.SegmentProdV2 tensorflow.python.ops.gen_math_ops.SegmentProdV2 tensorflow.python.ops.gen_math_ops.segment_prod_v2 tensorflow.python.ops.math_ops.SegmentProdV2 tensorflow.python.ops.standard_ops.SegmentProdV2
tensor@2 tensorflow.raw_ops.SegmentSum tensorflow.compat.v1.segment_sum tensorflow.math.segment_sum tensorflow.python.ops.gen_math_ops.SegmentSum tensorflow.python.ops.gen_math_ops.segment_sum tensorflow.python.ops.math_ops.SegmentSum tensorflow.python.ops.math_ops.segment_sum tensorflow.python.ops.standard_ops.SegmentSum tensorflow.python.ops.standard_ops.segment_sum
tensor@3 tensorflow.raw_ops.SegmentSumV2 tensorflow.python.ops.gen_math_ops.SegmentSumV2 tensorflow.python.ops.gen_math_ops.segment_sum_v2 tensorflow.python.ops.math_ops.SegmentSumV2 tensorflow.python.ops.standard_ops.SegmentSumV2
tensor@3 tensorflow.raw_ops.Select tensorflow.python.ops.gen_math_ops.Select tensorflow.python.ops.gen_math_ops.select tensorflow.python.ops.math_ops.Select tensorflow.python.ops.standard_ops.Select
tensor@3 tensorflow.raw_ops.SelectV2 tensorflow.python.ops.gen_math_ops.SelectV2 tensorflow.python.ops.gen_math_ops.select_v2 tensorflow.python.ops.math_ops.SelectV2 tensorflow.python.ops.standard_ops.SelectV2
tensor@1 tensorflow.raw_ops.SelfAdjointEig tensorflow.python.ops.gen_linalg_ops.SelfAdjointEig tensorflow.python.ops.gen_linalg_ops.self_adjoint_eig tensorflow.python.ops.linalg_ops.SelfAdjointEig tensorflow.python.ops.standard_ops.SelfAdjointEig
tensor_list@2 tensorflow.raw_ops.SelfAdjointEigV2 tensorflow.python.ops.gen_linalg_ops.SelfAdjointEigV2 tensorflow.python.ops.gen_linalg_ops.self_adjoint_eig_v2 tensorflow.python.ops.linalg_ops.SelfAdjointEigV2 tensorflow.python.ops.standard_ops.SelfAdjointEigV2
tensor@1 tensorflow.raw_ops.Selu tensorflow.nn.selu tensorflow.python.ops.gen_nn_ops.Selu tensorflow.python.ops.gen_nn_ops.selu tensorflow.python.ops.nn.Selu tensorflow.python.ops.nn.selu tensorflow.python.ops.nn_ops.Selu
tensor@2 tensorflow.raw_ops.SeluGrad tensorflow.python.ops.gen_nn_ops.SeluGrad tensorflow.python.ops.gen_nn_ops.selu_grad tensorflow.python.ops.nn.SeluGrad tensorflow.python.ops.nn_ops.SeluGrad
none@6 tensorflow.raw_ops.Send tensorflow.python.ops.gen_sendrecv_ops.Send tensorflow.python.ops.gen_sendrecv_ops.send
none@3 tensorflow.raw_ops.SendTPUEmbeddingGradients tensorflow.python.ops.gen_tpu_ops.SendTPUEmbeddingGradients tensorflow.python.ops.gen_tpu_ops.send_tpu_embedding_gradients tensorflow.python.tpu.ops.tpu_ops.SendTPUEmbeddingGradients
tensor@2 tensorflow.raw_ops.SerializeIterator tensorflow.python.ops.gen_dataset_ops.SerializeIterator tensorflow.python.ops.gen_dataset_ops.serialize_iterator
tensor@4 tensorflow.raw_ops.SerializeManySparse tensorflow.python.ops.gen_sparse_ops.SerializeManySparse tensorflow.python.ops.gen_sparse_ops.serialize_many_sparse tensorflow.python.ops.sparse_ops.SerializeManySparse tensorflow.python.ops.standard_ops.SerializeManySparse
tensor@4 tensorflow.raw_ops.SerializeSparse tensorflow.python.ops.gen_sparse_ops.SerializeSparse tensorflow.python.ops.gen_sparse_ops.serialize_sparse tensorflow.python.ops.sparse_ops.SerializeSparse tensorflow.python.ops.standard_ops.SerializeSparse
tensor@1 tensorflow.raw_ops.SerializeTensor tensorflow.python.ops.gen_parsing_ops.SerializeTensor tensorflow.python.ops.gen_parsing_ops.serialize_tensor tensorflow.python.ops.parsing_ops.SerializeTensor tensorflow.python.ops.standard_ops.SerializeTensor
tensor@4 tensorflow.raw_ops.SetSize tensorflow.python.ops.gen_set_ops.SetSize tensorflow.python.ops.gen_set_ops.set_size
tensor@6 tensorflow.raw_ops.SetStatsAggregatorDataset tensorflow.python.ops.gen_experimental_dataset_ops.SetStatsAggregatorDataset tensorflow.python.ops.gen_experimental_dataset_ops.set_stats_aggregator_dataset
tensor@2 tensorflow.raw_ops.Shape tensorflow.python.ops.array_ops.Shape tensorflow.python.ops.gen_array_ops.Shape tensorflow.python.ops.gen_array_ops.shape tensorflow.python.ops.standard_ops.Shape
tensor_list@2 tensorflow.raw_ops.ShapeN tensorflow.python.ops.array_ops.ShapeN tensorflow.python.ops.gen_array_ops.ShapeN tensorflow.python.ops.gen_array_ops.shape_n tensorflow.python.ops.standard_ops.ShapeN
tensor@7 tensorflow.raw_ops.ShardDataset tensorflow.python.ops.gen_dataset_ops.ShardDataset tensorflow.python.ops.gen_dataset_ops.shard_dataset
tensor@3 tensorflow.raw_ops.ShardedFilename tensorflow.python.ops.gen_io_ops.ShardedFilename tensorflow.python.ops.gen_io_ops.sharded_filename tensorflow.python.ops.io_ops.ShardedFilename tensorflow.python.ops.standard_ops.ShardedFilename
tensor@2 tensorflow.raw_ops.ShardedFilespec tensorflow.python.ops.gen_io_ops.ShardedFilespec tensorflow.python.ops.gen_io_ops.sharded_filespec tensorflow.python.ops.io_ops.ShardedFilespec tensorflow.python.ops.standard_ops.ShardedFilespec
tensor@9 tensorflow.raw_ops.ShuffleAndRepeatDataset tensorflow.python.ops.gen_dataset_ops.ShuffleAndRepeatDataset tensorflow.python.ops.gen_dataset_ops.shuffle_and_repeat_dataset
tensor@10 tensorflow.raw_ops.ShuffleAndRepeatDatasetV2 tensorflow.python.ops.gen_dataset_ops.ShuffleAndRepeatDatasetV2 tensorflow.python.ops.gen_dataset_ops.shuffle_and_repeat_dataset_v2
tensor@8 tensorflow.raw_ops.ShuffleDataset tensorflow.python.ops.gen_dataset_ops.ShuffleDataset tensorflow.python.ops.gen_dataset_ops.shuffle_dataset
tensor@6 tensorflow.raw_ops.ShuffleDatasetV2 tensorflow.python.ops.gen_dataset_ops.ShuffleDatasetV2 tensorflow.python.ops.gen_dataset_ops.shuffle_dataset_v2
tensor@9 tensorflow.raw_ops.ShuffleDatasetV3 tensorflow.python.ops.gen_dataset_ops.ShuffleDatasetV3 tensorflow.python.ops.gen_dataset_ops.shuffle_dataset_v3
none@0 tensorflow.raw_ops.ShutdownDistributedTPU tensorflow.python.ops.gen_tpu_ops.ShutdownDistributedTPU tensorflow.python.ops.gen_tpu_ops.shutdown_distributed_tpu tensorflow.python.tpu.ops.tpu_ops.ShutdownDistributedTPU
tensor@1 tensorflow.raw_ops.Sigmoid tensorflow.python.ops.gen_math_ops.Sigmoid tensorflow.python.ops.gen_math_ops.sigmoid tensorflow.python.ops.math_ops.Sigmoid tensorflow.python.ops.standard_ops.Sigmoid
tensor@2 tensorflow.raw_ops.SigmoidGrad tensorflow.python.ops.gen_math_ops.SigmoidGrad tensorflow.python.ops.gen_math_ops.sigmoid_grad tensorflow.python.ops.math_ops.SigmoidGrad tensorflow.python.ops.standard_ops.SigmoidGrad
tensor@1 tensorflow.raw_ops.Sign tensorflow.python.ops.gen_math_ops.Sign tensorflow.python.ops.gen_math_ops.sign tensorflow.python.ops.math_ops.Sign tensorflow.python.ops.standard_ops.Sign
tensor@2 tensorflow.raw_ops.Size tensorflow.python.ops.array_ops.Size tensorflow.python.ops.gen_array_ops.Size tensorflow.python.ops.gen_array_ops.size tensorflow.python.ops.standard_ops.Size
tensor@5 tensorflow.raw_ops.SkipDataset tensorflow.python.ops.gen_dataset_ops.SkipDataset tensorflow.python.ops.gen_dataset_ops.skip_dataset
tensor@4 tensorflow.raw_ops.SleepDataset tensorflow.python.ops.gen_experimental_dataset_ops.SleepDataset tensorflow.python.ops.gen_experimental_dataset_ops.sleep_dataset
tensor@3 tensorflow.raw_ops.Slice tensorflow.python.ops.array_ops.Slice tensorflow.python.ops.gen_array_ops.Slice tensorflow.python.ops.gen_array_ops._slice tensorflow.python.ops.standard_ops.Slice
tensor@7 tensorflow.raw_ops.SlidingWindowDataset tensorflow.python.ops.gen_experimental_dataset_ops.SlidingWindowDataset tensorflow.python.ops.gen_experimental_dataset_ops.sliding_window_dataset
tensor@1 tensorflow.raw_ops.Snapshot tensorflow.python.ops.array_ops.Snapshot tensorflow.python.ops.gen_array_ops.Snapshot tensorflow.python.ops.gen_array_ops.snapshot tensorflow.python.ops.standard_ops.Snapshot
tensor@4 tensorflow.raw_ops.SnapshotChunkDataset tensorflow.python.ops.gen_experimental_dataset_ops.SnapshotChunkDataset tensorflow.python.ops.gen_experimental_dataset_ops.snapshot_chunk_dataset
tensor@18 tensorflow.raw_ops.SnapshotDataset tensorflow.python.ops.gen_experimental_dataset_ops.SnapshotDataset tensorflow.python.ops.gen_experimental_dataset_ops.snapshot_dataset
tensor@6 tensorflow.raw_ops.SnapshotDatasetReader tensorflow.python.ops.gen_experimental_dataset_ops.SnapshotDatasetReader tensorflow.python.ops.gen_experimental_dataset_ops.snapshot_dataset_reader
tensor@14 tensorflow.raw_ops.SnapshotDatasetV2 tensorflow.python.ops.gen_experimental_dataset_ops.SnapshotDatasetV2 tensorflow.python.ops.gen_experimental_dataset_ops.snapshot_dataset_v2
tensor@3 tensorflow.raw_ops.SnapshotNestedDatasetReader tensorflow.python.ops.gen_experimental_dataset_ops.SnapshotNestedDatasetReader tensorflow.python.ops.gen_experimental_dataset_ops.snapshot_nested_dataset_reader
tensor@4 tensorflow.raw_ops.SobolSample tensorflow.python.ops.gen_math_ops.SobolSample tensorflow.python.ops.gen_math_ops.sobol_sample tensorflow.python.ops.math_ops.SobolSample tensorflow.python.ops.standard_ops.SobolSample
tensor@1 tensorflow.raw_ops.Softmax tensorflow.python.ops.gen_nn_ops.Softmax tensorflow.python.ops.gen_nn_ops.softmax tensorflow.python.ops.nn.Softmax tensorflow.python.ops.nn_ops.Softmax
tensor_list@2 tensorflow.raw_ops.SoftmaxCrossEntropyWithLogits tensorflow.python.ops.gen_nn_ops.SoftmaxCrossEntropyWithLogits tensorflow.python.ops.gen_nn_ops.softmax_cross_entropy_with_logits tensorflow.python.ops.nn.SoftmaxCrossEntropyWithLogits tensorflow.python.ops.nn_ops.SoftmaxCrossEntropyWithLogits
tensor@1 tensorflow.raw_ops.Softplus tensorflow.python.ops.gen_nn_ops.Softplus tensorflow.python.ops.gen_nn_ops.softplus tensorflow.python.ops.nn.Softplus tensorflow.python.ops.nn_ops.Softplus
tensor@2 tensorflow.raw_ops.SoftplusGrad tensorflow.python.ops.gen_nn_ops.SoftplusGrad tensorflow.python.ops.gen_nn_ops.softplus_grad tensorflow.python.ops.nn.SoftplusGrad tensorflow.python.ops.nn_ops.SoftplusGrad
tensor@1 tensorflow.raw_ops.Softsign tensorflow.math.softsign tensorflow.nn.softsign tensorflow.python.ops.gen_nn_ops.Softsign tensorflow.python.ops.gen_nn_ops.softsign tensorflow.python.ops.nn.Softsign tensorflow.python.ops.nn.softsign tensorflow.python.ops.nn_ops.Softsign
tensor@2 tensorflow.raw_ops.SoftsignGrad tensorflow.python.ops.gen_nn_ops.SoftsignGrad tensorflow.python.ops.gen_nn_ops.softsign_grad tensorflow.python.ops.nn.SoftsignGrad tensorflow.python.ops.nn_ops.SoftsignGrad
tensor_list@12 tensorflow.raw_ops.SortListOfSparseCoreCooTensors tensorflow.python.tpu.ops.gen_xla_ops.SortListOfSparseCoreCooTensors tensorflow.python.tpu.ops.gen_xla_ops.sort_list_of_sparse_core_coo_tensors
tensor@3 tensorflow.raw_ops.SpaceToBatch tensorflow.python.ops.array_ops.SpaceToBatch tensorflow.python.ops.gen_array_ops.SpaceToBatch tensorflow.python.ops.gen_array_ops.space_to_batch tensorflow.python.ops.standard_ops.SpaceToBatch
tensor@3 tensorflow.raw_ops.SpaceToDepth tensorflow.python.ops.array_ops.SpaceToDepth tensorflow.python.ops.gen_array_ops.SpaceToDepth tensorflow.python.ops.gen_array_ops.space_to_depth tensorflow.python.ops.standard_ops.SpaceToDepth
none@6 tensorflow.raw_ops.SparseAccumulatorApplyGradient tensorflow.python.ops.data_flow_ops.SparseAccumulatorApplyGradient tensorflow.python.ops.gen_data_flow_ops.SparseAccumulatorApplyGradient tensorflow.python.ops.gen_data_flow_ops.sparse_accumulator_apply_gradient tensorflow.python.ops.standard_ops.SparseAccumulatorApplyGradient
tensor_list@3 tensorflow.raw_ops.SparseAccumulatorTakeGradient tensorflow.python.ops.data_flow_ops.SparseAccumulatorTakeGradient tensorflow.python.ops.gen_data_flow_ops.SparseAccumulatorTakeGradient tensorflow.python.ops.gen_data_flow_ops.sparse_accumulator_take_gradient tensorflow.python.ops.standard_ops.SparseAccumulatorTakeGradient
tensor_list@7 tensorflow.raw_ops.SparseAdd tensorflow.python.ops.gen_sparse_ops.SparseAdd tensorflow.python.ops.gen_sparse_ops.sparse_add tensorflow.python.ops.sparse_ops.SparseAdd tensorflow.python.ops.standard_ops.SparseAdd
tensor_list@4 tensorflow.raw_ops.SparseAddGrad tensorflow.python.ops.gen_sparse_ops.SparseAddGrad tensorflow.python.ops.gen_sparse_ops.sparse_add_grad tensorflow.python.ops.sparse_ops.SparseAddGrad tensorflow.python.ops.standard_ops.SparseAddGrad
tensor@9 tensorflow.raw_ops.SparseApplyAdadelta tensorflow.python.ops.gen_training_ops.SparseApplyAdadelta tensorflow.python.ops.gen_training_ops.sparse_apply_adadelta
tensor@7 tensorflow.raw_ops.SparseApplyAdagrad tensorflow.python.ops.gen_training_ops.SparseApplyAdagrad tensorflow.python.ops.gen_training_ops.sparse_apply_adagrad
tensor@10 tensorflow.raw_ops.SparseApplyAdagradDA tensorflow.python.ops.gen_training_ops.SparseApplyAdagradDA tensorflow.python.ops.gen_training_ops.sparse_apply_adagrad_da
tensor@8 tensorflow.raw_ops.SparseApplyAdagradV2 tensorflow.python.ops.gen_training_ops.SparseApplyAdagradV2 tensorflow.python.ops.gen_training_ops.sparse_apply_adagrad_v2
tensor@11 tensorflow.raw_ops.SparseApplyCenteredRMSProp tensorflow.python.ops.gen_training_ops.SparseApplyCenteredRMSProp tensorflow.python.ops.gen_training_ops.sparse_apply_centered_rms_prop
tensor@11 tensorflow.raw_ops.SparseApplyFtrl tensorflow.python.ops.gen_training_ops.SparseApplyFtrl tensorflow.python.ops.gen_training_ops.sparse_apply_ftrl
tensor@12 tensorflow.raw_ops.SparseApplyFtrlV2 tensorflow.python.ops.gen_training_ops.SparseApplyFtrlV2 tensorflow.python.ops.gen_training_ops.sparse_apply_ftrl_v2
tensor@8 tensorflow.raw_ops.SparseApplyMomentum tensorflow.python.ops.gen_training_ops.SparseApplyMomentum tensorflow.python.ops.gen_training_ops.sparse_apply_momentum
tensor@8 tensorflow.raw_ops.SparseApplyProximalAdagrad tensorflow.python.ops.gen_training_ops.SparseApplyProximalAdagrad tensorflow.python.ops.gen_training_ops.sparse_apply_proximal_adagrad
tensor@7 tensorflow.raw_ops.SparseApplyProximalGradientDescent tensorflow.python.ops.gen_training_ops.SparseApplyProximalGradientDescent tensorflow.python.ops.gen_training_ops.sparse_apply_proximal_gradient_descent
tensor@10 tensorflow.raw_ops.SparseApplyRMSProp tensorflow.python.ops.gen_training_ops.SparseApplyRMSProp tensorflow.python.ops.gen_training_ops.sparse_apply_rms_prop
tensor@6 tensorflow.raw_ops.SparseBincount tensorflow.python.ops.gen_math_ops.SparseBincount tensorflow.python.ops.gen_math_ops.sparse_bincount tensorflow.python.ops.math_ops.SparseBincount tensorflow.python.ops.standard_ops.SparseBincount
tensor_list@4 tensorflow.raw_ops.SparseConcat tensorflow.python.ops.gen_sparse_ops.SparseConcat tensorflow.python.ops.gen_sparse_ops.sparse_concat tensorflow.python.ops.sparse_ops.SparseConcat tensorflow.python.ops.standard_ops.SparseConcat
tensor@5 tensorflow.raw_ops.SparseConditionalAccumulator tensorflow.python.ops.gen_data_flow_ops.SparseConditionalAccumulator tensorflow.python.ops.gen_data_flow_ops.sparse_conditional_accumulator
tensor_list@7 tensorflow.raw_ops.SparseCountSparseOutput tensorflow.python.ops.gen_count_ops.SparseCountSparseOutput tensorflow.python.ops.gen_count_ops.sparse_count_sparse_output
tensor_list@9 tensorflow.raw_ops.SparseCross tensorflow.python.ops.gen_sparse_ops.SparseCross tensorflow.python.ops.gen_sparse_ops.sparse_cross tensorflow.python.ops.sparse_ops.SparseCross tensorflow.python.ops.standard_ops.SparseCross
tensor_list@7 tensorflow.raw_ops.SparseCrossHashed tensorflow.python.ops.gen_sparse_ops.SparseCrossHashed tensorflow.python.ops.gen_sparse_ops.sparse_cross_hashed tensorflow.python.ops.sparse_ops.SparseCrossHashed tensorflow.python.ops.standard_ops.SparseCrossHashed
tensor_list@5 tensorflow.raw_ops.SparseCrossV2 tensorflow.python.ops.gen_sparse_ops.SparseCrossV2 tensorflow.python.ops.gen_sparse_ops.sparse_cross_v2 tensorflow.python.ops.sparse_ops.SparseCrossV2 tensorflow.python.ops.standard_ops.SparseCrossV2
tensor@4 tensorflow.raw_ops.SparseDenseCwiseAdd tensorflow.python.ops.gen_sparse_ops.SparseDenseCwiseAdd tensorflow.python.ops.gen_sparse_ops.sparse_dense_cwise_add tensorflow.python.ops.sparse_ops.SparseDenseCwiseAdd tensorflow.python.ops.standard_ops.SparseDenseCwiseAdd
tensor@4 tensorflow.raw_ops.SparseDenseCwiseDiv tensorflow.python.ops.gen_sparse_ops.SparseDenseCwiseDiv tensorflow.python.ops.gen_sparse_ops.sparse_dense_cwise_div tensorflow.python.ops.sparse_ops.SparseDenseCwiseDiv tensorflow.python.ops.standard_ops.SparseDenseCwiseDiv
tensor@4 tensorflow.raw_ops.SparseDenseCwiseMul tensorflow.python.ops.gen_sparse_ops.SparseDenseCwiseMul tensorflow.python.ops.gen_sparse_ops.sparse_dense_cwise_mul tensorflow.python.ops.sparse_ops.SparseDenseCwiseMul tensorflow.python.ops.standard_ops.SparseDenseCwiseMul
tensor_list@4 tensorflow.raw_ops.SparseFillEmptyRows tensorflow.python.ops.gen_sparse_ops.SparseFillEmptyRows tensorflow.python.ops.gen_sparse_ops.sparse_fill_empty_rows tensorflow.python.ops.sparse_ops.SparseFillEmptyRows tensorflow.python.ops.standard_ops.SparseFillEmptyRows
tensor_list@2 tensorflow.raw_ops.SparseFillEmptyRowsGrad tensorflow.python.ops.gen_sparse_ops.SparseFillEmptyRowsGrad tensorflow.python.ops.gen_sparse_ops.sparse_fill_empty_rows_grad tensorflow.python.ops.sparse_ops.SparseFillEmptyRowsGrad tensorflow.python.ops.standard_ops.SparseFillEmptyRowsGrad
tensor@6 tensorflow.raw_ops.SparseMatMul tensorflow.compat.v1.sparse_matmul tensorflow.python.ops.gen_math_ops.SparseMatMul tensorflow.python.ops.gen_math_ops.sparse_mat_mul tensorflow.python.ops.math_ops.SparseMatMul tensorflow.python.ops.math_ops.sparse_matmul tensorflow.python.ops.standard_ops.SparseMatMul tensorflow.python.ops.standard_ops.sparse_matmul
tensor@4 tensorflow.raw_ops.SparseMatrixAdd tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.SparseMatrixAdd tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.sparse_matrix_add tensorflow.python.ops.linalg.sparse.sparse_csr_matrix_ops.SparseMatrixAdd
tensor@8 tensorflow.raw_ops.SparseMatrixMatMul tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.SparseMatrixMatMul tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.sparse_matrix_mat_mul tensorflow.python.ops.linalg.sparse.sparse_csr_matrix_ops.SparseMatrixMatMul
tensor@2 tensorflow.raw_ops.SparseMatrixMul tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.SparseMatrixMul tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.sparse_matrix_mul tensorflow.python.ops.linalg.sparse.sparse_csr_matrix_ops.SparseMatrixMul
tensor@1 tensorflow.raw_ops.SparseMatrixNNZ tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.SparseMatrixNNZ tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.sparse_matrix_nnz tensorflow.python.ops.linalg.sparse.sparse_csr_matrix_ops.SparseMatrixNNZ
tensor@1 tensorflow.raw_ops.SparseMatrixOrderingAMD tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.SparseMatrixOrderingAMD tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.sparse_matrix_ordering_amd tensorflow.python.ops.linalg.sparse.sparse_csr_matrix_ops.SparseMatrixOrderingAMD
tensor@2 tensorflow.raw_ops.SparseMatrixSoftmax tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.SparseMatrixSoftmax tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.sparse_matrix_softmax tensorflow.python.ops.linalg.sparse.sparse_csr_matrix_ops.SparseMatrixSoftmax
tensor@3 tensorflow.raw_ops.SparseMatrixSoftmaxGrad tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.SparseMatrixSoftmaxGrad tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.sparse_matrix_softmax_grad tensorflow.python.ops.linalg.sparse.sparse_csr_matrix_ops.SparseMatrixSoftmaxGrad
tensor@3 tensorflow.raw_ops.SparseMatrixSparseCholesky tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.SparseMatrixSparseCholesky tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.sparse_matrix_sparse_cholesky tensorflow.python.ops.linalg.sparse.sparse_csr_matrix_ops.SparseMatrixSparseCholesky
tensor@7 tensorflow.raw_ops.SparseMatrixSparseMatMul tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.SparseMatrixSparseMatMul tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.sparse_matrix_sparse_mat_mul tensorflow.python.ops.linalg.sparse.sparse_csr_matrix_ops.SparseMatrixSparseMatMul
tensor@3 tensorflow.raw_ops.SparseMatrixTranspose tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.SparseMatrixTranspose tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.sparse_matrix_transpose tensorflow.python.ops.linalg.sparse.sparse_csr_matrix_ops.SparseMatrixTranspose
tensor@2 tensorflow.raw_ops.SparseMatrixZeros tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.SparseMatrixZeros tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.sparse_matrix_zeros tensorflow.python.ops.linalg.sparse.sparse_csr_matrix_ops.SparseMatrixZeros
tensor@5 tensorflow.raw_ops.SparseReduceMax tensorflow.python.ops.gen_sparse_ops.SparseReduceMax tensorflow.python.ops.gen_sparse_ops.sparse_reduce_max tensorflow.python.ops.sparse_ops.SparseReduceMax tensorflow.python.ops.standard_ops.SparseReduceMax
tensor_list@5 tensorflow.raw_ops.SparseReduceMaxSparse tensorflow.python.ops.gen_sparse_ops.SparseReduceMaxSparse tensorflow.python.ops.gen_sparse_ops.sparse_reduce_max_sparse tensorflow.python.ops.sparse_ops.SparseReduceMaxSparse tensorflow.python.ops.standard_ops.SparseReduceMaxSparse
tensor@5 tensorflow.raw_ops.SparseReduceSum tensorflow.python.ops.gen_sparse_ops.SparseReduceSum tensorflow.python.ops.gen_sparse_ops.sparse_reduce_sum tensorflow.python.ops.sparse_ops.SparseReduceSum tensorflow.python.ops.standard_ops.SparseReduceSum
tensor_list@5 tensorflow.raw_ops.SparseReduceSumSparse tensorflow.python.ops.gen_sparse_ops.SparseReduceSumSparse tensorflow.python.ops.gen_sparse_ops.sparse_reduce_sum_sparse tensorflow.python.ops.sparse_ops.SparseReduceSumSparse tensorflow.python.ops.standard_ops.SparseReduceSumSparse
tensor_list@3 tensorflow.raw_ops.SparseReorder tensorflow.python.ops.gen_sparse_ops.SparseReorder tensorflow.python.ops.gen_sparse_ops.sparse_reorder tensorflow.python.ops.sparse_ops.SparseReorder tensorflow.python.ops.standard_ops.SparseReorder
tensor_list@3 tensorflow.raw_ops.SparseReshape tensorflow.python.ops.gen_sparse_ops.SparseReshape tensorflow.python.ops.gen_sparse_ops.sparse_reshape tensorflow.python.ops.sparse_ops.SparseReshape tensorflow.python.ops.standard_ops.SparseReshape
tensor@4 tensorflow.raw_ops.SparseSegmentMean tensorflow.python.ops.gen_math_ops.SparseSegmentMean tensorflow.python.ops.gen_math_ops.sparse_segment_mean tensorflow.python.ops.math_ops.SparseSegmentMean tensorflow.python.ops.standard_ops.SparseSegmentMean
tensor@4 tensorflow.raw_ops.SparseSegmentMeanGrad tensorflow.python.ops.gen_math_ops.SparseSegmentMeanGrad tensorflow.python.ops.gen_math_ops.sparse_segment_mean_grad tensorflow.python.ops.math_ops.SparseSegmentMeanGrad tensorflow.python.ops.standard_ops.SparseSegmentMeanGrad
tensor_list@4 tensorflow.raw_ops.SparseSegmentMeanGradV2 tensorflow.python.ops.gen_math_ops.SparseSegmentMeanGradV2 tensorflow.python.ops.gen_math_ops.sparse_segment_mean_grad_v2 tensorflow.python.ops.math_ops.SparseSegmentMeanGradV2 tensorflow.python.ops.standard_ops.SparseSegmentMeanGradV2
tensor@5 tensorflow.raw_ops.SparseSegmentMeanWithNumSegments tensorflow.python.ops.gen_math_ops.SparseSegmentMeanWithNumSegments tensorflow.python.ops.gen_math_ops.sparse_segment_mean_with_num_segments tensorflow.python.ops.math_ops.SparseSegmentMeanWithNumSegments tensorflow.python.ops.standard_ops.SparseSegmentMeanWithNumSegments
tensor@4 tensorflow.raw_ops.SparseSegmentSqrtN tensorflow.python.ops.gen_math_ops.SparseSegmentSqrtN tensorflow.python.ops.gen_math_ops.sparse_segment_sqrt_n tensorflow.python.ops.math_ops.SparseSegmentSqrtN tensorflow.python.ops.standard_ops.SparseSegmentSqrtN
tensor@4 tensorflow.raw_ops.SparseSegmentSqrtNGrad tensorflow.python.ops.gen_math_ops.SparseSegmentSqrtNGrad tensorflow.python.ops.gen_math_ops.sparse_segment_sqrt_n_grad tensorflow.python.ops.math_ops.SparseSegmentSqrtNGrad tensorflow.python.ops.standard_ops.SparseSegmentSqrtNGrad
tensor_list@4 tensorflow.raw_ops.SparseSegmentSqrtNGradV2 tensorflow.python.ops.gen_math_ops.SparseSegmentSqrtNGradV2 tensorflow.python.ops.gen_math_ops.sparse_segment_sqrt_n_grad_v2 tensorflow.python.ops.math_ops.SparseSegmentSqrtNGradV2 tensorflow.python.ops.standard_ops.SparseSegmentSqrtNGradV2
tensor@5 tensorflow.raw_ops.SparseSegmentSqrtNWithNumSegments tensorflow.python.ops.gen_math_ops.SparseSegmentSqrtNWithNumSegments tensorflow.python.ops.gen_math_ops.sparse_segment_sqrt_n_with_num_segments tensorflow.python.ops.math_ops.SparseSegmentSqrtNWithNumSegments tensorflow.python.ops.standard_ops.SparseSegmentSqrtNWithNumSegments
tensor@4 tensorflow.raw_ops.SparseSegmentSum tensorflow.python.ops.gen_math_ops.SparseSegmentSum tensorflow.python.ops.gen_math_ops.sparse_segment_sum tensorflow.python.ops.math_ops.SparseSegmentSum tensorflow.python.ops.standard_ops.SparseSegmentSum
tensor@4 tensorflow.raw_ops.SparseSegmentSumGrad tensorflow.python.ops.gen_math_ops.SparseSegmentSumGrad tensorflow.python.ops.gen_math_ops.sparse_segment_sum_grad tensorflow.python.ops.math_ops.SparseSegmentSumGrad tensorflow.python.ops.standard_ops.SparseSegmentSumGrad
tensor_list@4 tensorflow.raw_ops.SparseSegmentSumGradV2 tensorflow.python.ops.gen_math_ops.SparseSegmentSumGradV2 tensorflow.python.ops.gen_math_ops.sparse_segment_sum_grad_v2 tensorflow.python.ops.math_ops.SparseSegmentSumGradV2 tensorflow.python.ops.standard_ops.SparseSegmentSumGradV2
tensor@5 tensorflow.raw_ops.SparseSegmentSumWithNumSegments tensorflow.python.ops.gen_math_ops.SparseSegmentSumWithNumSegments tensorflow.python.ops.gen_math_ops.sparse_segment_sum_with_num_segments tensorflow.python.ops.math_ops.SparseSegmentSumWithNumSegments tensorflow.python.ops.standard_ops.SparseSegmentSumWithNumSegments
tensor_list@5 tensorflow.raw_ops.SparseSlice tensorflow.python.ops.gen_sparse_ops.SparseSlice tensorflow.python.ops.gen_sparse_ops.sparse_slice tensorflow.python.ops.sparse_ops.SparseSlice tensorflow.python.ops.standard_ops.SparseSlice
tensor@4 tensorflow.raw_ops.SparseSliceGrad tensorflow.python.ops.gen_sparse_ops.SparseSliceGrad tensorflow.python.ops.gen_sparse_ops.sparse_slice_grad tensorflow.python.ops.sparse_ops.SparseSliceGrad tensorflow.python.ops.standard_ops.SparseSliceGrad
tensor@3 tensorflow.raw_ops.SparseSoftmax tensorflow.python.ops.gen_sparse_ops.SparseSoftmax tensorflow.python.ops.gen_sparse_ops.sparse_softmax tensorflow.python.ops.sparse_ops.SparseSoftmax tensorflow.python.ops.standard_ops.SparseSoftmax
tensor_list@2 tensorflow.raw_ops.SparseSoftmaxCrossEntropyWithLogits tensorflow.python.ops.gen_nn_ops.SparseSoftmaxCrossEntropyWithLogits tensorflow.python.ops.gen_nn_ops.sparse_softmax_cross_entropy_with_logits tensorflow.python.ops.nn.SparseSoftmaxCrossEntropyWithLogits tensorflow.python.ops.nn_ops.SparseSoftmaxCrossEntropyWithLogits
tensor_list@6 tensorflow.raw_ops.SparseSparseMaximum tensorflow.python.ops.gen_sparse_ops.SparseSparseMaximum tensorflow.python.ops.gen_sparse_ops.sparse_sparse_maximum tensorflow.python.ops.sparse_ops.SparseSparseMaximum tensorflow.python.ops.standard_ops.SparseSparseMaximum
tensor_list@6 tensorflow.raw_ops.SparseSparseMinimum tensorflow.python.ops.gen_sparse_ops.SparseSparseMinimum tensorflow.python.ops.gen_sparse_ops.sparse_sparse_minimum tensorflow.python.ops.sparse_ops.SparseSparseMinimum tensorflow.python.ops.standard_ops.SparseSparseMinimum
tensor_list@5 tensorflow.raw_ops.SparseSplit tensorflow.python.ops.gen_sparse_ops.SparseSplit tensorflow.python.ops.gen_sparse_ops.sparse_split tensorflow.python.ops.sparse_ops.SparseSplit tensorflow.python.ops.standard_ops.SparseSplit
tensor@4 tensorflow.raw_ops.SparseTensorDenseAdd tensorflow.python.ops.gen_sparse_ops.SparseTensorDenseAdd tensorflow.python.ops.gen_sparse_ops.sparse_tensor_dense_add tensorflow.python.ops.sparse_ops.SparseTensorDenseAdd tensorflow.python.ops.standard_ops.SparseTensorDenseAdd
tensor@6 tensorflow.raw_ops.SparseTensorDenseMatMul tensorflow.python.ops.gen_sparse_ops.SparseTensorDenseMatMul tensorflow.python.ops.gen_sparse_ops.sparse_tensor_dense_mat_mul tensorflow.python.ops.sparse_ops.SparseTensorDenseMatMul tensorflow.python.ops.standard_ops.SparseTensorDenseMatMul
tensor@3 tensorflow.raw_ops.SparseTensorSliceDataset tensorflow.python.ops.gen_dataset_ops.SparseTensorSliceDataset tensorflow.python.ops.gen_dataset_ops.sparse_tensor_slice_dataset
tensor@3 tensorflow.raw_ops.SparseTensorToCSRSparseMatrix tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.SparseTensorToCSRSparseMatrix tensorflow.python.ops.linalg.sparse.gen_sparse_csr_matrix_ops.sparse_tensor_to_csr_sparse_matrix tensorflow.python.ops.linalg.sparse.sparse_csr_matrix_ops.SparseTensorToCSRSparseMatrix
tensor@5 tensorflow.raw_ops.SparseToDense tensorflow.python.ops.gen_sparse_ops.SparseToDense tensorflow.python.ops.gen_sparse_ops.sparse_to_dense tensorflow.python.ops.sparse_ops.SparseToDense tensorflow.python.ops.standard_ops.SparseToDense
tensor_list@8 tensorflow.raw_ops.SparseToSparseSetOperation tensorflow.python.ops.gen_set_ops.SparseToSparseSetOperation tensorflow.python.ops.gen_set_ops.sparse_to_sparse_set_operation
tensor@1 tensorflow.raw_ops.Spence tensorflow.python.ops.gen_special_math_ops.Spence tensorflow.python.ops.gen_special_math_ops.spence
tensor_list@3 tensorflow.raw_ops.Split tensorflow.python.ops.array_ops.Split tensorflow.python.ops.gen_array_ops.Split tensorflow.python.ops.gen_array_ops.split tensorflow.python.ops.standard_ops.Split
tensor_list@4 tensorflow.raw_ops.SplitV tensorflow.python.ops.array_ops.SplitV tensorflow.python.ops.gen_array_ops.SplitV tensorflow.python.ops.gen_array_ops.split_v tensorflow.python.ops.standard_ops.SplitV
tensor@5 tensorflow.raw_ops.SqlDataset tensorflow.python.ops.gen_experimental_dataset_ops.SqlDataset tensorflow.python.ops.gen_experimental_dataset_ops.sql_dataset
tensor@1 tensorflow.raw_ops.Sqrt tensorflow.python.ops.gen_math_ops.Sqrt tensorflow.python.ops.gen_math_ops.sqrt tensorflow.python.ops.math_ops.Sqrt tensorflow.python.ops.standard_ops.Sqrt
tensor@2 tensorflow.raw_ops.SqrtGrad tensorflow.python.ops.gen_math_ops.SqrtGrad tensorflow.python.ops.gen_math_ops.sqrt_grad tensorflow.python.ops.math_ops.SqrtGrad tensorflow.python.ops.standard_ops.SqrtGrad
tensor@2 tensorflow.raw_ops.SquaredDifference tensorflow.compat.v1.squared_difference tensorflow.math.squared_difference tensorflow.python.ops.gen_math_ops.SquaredDifference tensorflow.python.ops.gen_math_ops.squared_difference tensorflow.python.ops.math_ops.SquaredDifference tensorflow.python.ops.math_ops.squared_difference tensorflow.python.ops.standard_ops.SquaredDifference tensorflow.python.ops.standard_ops.squared_difference
tensor@2 tensorflow.raw_ops.Squeeze tensorflow.python.ops.array_ops.Squeeze tensorflow.python.ops.gen_array_ops.Squeeze tensorflow.python.ops.gen_array_ops.squeeze tensorflow.python.ops.standard_ops.Squeeze
tensor@2 tensorflow.raw_ops.Stack tensorflow.python.ops.data_flow_ops.Stack tensorflow.python.ops.gen_data_flow_ops.Stack tensorflow.python.ops.gen_data_flow_ops._stack tensorflow.python.ops.standard_ops.Stack
none@1 tensorflow.raw_ops.StackClose tensorflow.python.ops.data_flow_ops.StackClose tensorflow.python.ops.gen_data_flow_ops.StackClose tensorflow.python.ops.gen_data_flow_ops.stack_close tensorflow.python.ops.standard_ops.StackClose
none@1 tensorflow.raw_ops.StackCloseV2 tensorflow.python.ops.data_flow_ops.StackCloseV2 tensorflow.python.ops.gen_data_flow_ops.StackCloseV2 tensorflow.python.ops.gen_data_flow_ops.stack_close_v2 tensorflow.python.ops.standard_ops.StackCloseV2
tensor@2 tensorflow.raw_ops.StackPop tensorflow.python.ops.data_flow_ops.StackPop tensorflow.python.ops.gen_data_flow_ops.StackPop tensorflow.python.ops.gen_data_flow_ops.stack_pop tensorflow.python.ops.standard_ops.StackPop
tensor@2 tensorflow.raw_ops.StackPopV2 tensorflow.python.ops.data_flow_ops.StackPopV2 tensorflow.python.ops.gen_data_flow_ops.StackPopV2 tensorflow.python.ops.gen_data_flow_ops.stack_pop_v2 tensorflow.python.ops.standard_ops.StackPopV2
tensor@3 tensorflow.raw_ops.StackPush tensorflow.python.ops.data_flow_ops.StackPush tensorflow.python.ops.gen_data_flow_ops.StackPush tensorflow.python.ops.gen_data_flow_ops.stack_push tensorflow.python.ops.standard_ops.StackPush
tensor@3 tensorflow.raw_ops.StackPushV2 tensorflow.python.ops.data_flow_ops.StackPushV2 tensorflow.python.ops.gen_data_flow_ops.StackPushV2 tensorflow.python.ops.gen_data_flow_ops.stack_push_v2 tensorflow.python.ops.standard_ops.StackPushV2
tensor@3 tensorflow.raw_ops.StackV2 tensorflow.python.ops.data_flow_ops.StackV2 tensorflow.python.ops.gen_data_flow_ops.StackV2 tensorflow.python.ops.gen_data_flow_ops.stack_v2 tensorflow.python.ops.standard_ops.StackV2
none@5 tensorflow.raw_ops.Stage tensorflow.python.ops.data_flow_ops.Stage tensorflow.python.ops.gen_data_flow_ops.Stage tensorflow.python.ops.gen_data_flow_ops.stage tensorflow.python.ops.standard_ops.Stage
none@5 tensorflow.raw_ops.StageClear tensorflow.python.ops.data_flow_ops.StageClear tensorflow.python.ops.gen_data_flow_ops.StageClear tensorflow.python.ops.gen_data_flow_ops.stage_clear tensorflow.python.ops.standard_ops.StageClear
tensor_list@6 tensorflow.raw_ops.StagePeek tensorflow.python.ops.data_flow_ops.StagePeek tensorflow.python.ops.gen_data_flow_ops.StagePeek tensorflow.python.ops.gen_data_flow_ops.stage_peek tensorflow.python.ops.standard_ops.StagePeek
tensor@5 tensorflow.raw_ops.StageSize tensorflow.python.ops.data_flow_ops.StageSize tensorflow.python.ops.gen_data_flow_ops.StageSize tensorflow.python.ops.gen_data_flow_ops.stage_size tensorflow.python.ops.standard_ops.StageSize
tensor_list@6 tensorflow.raw_ops.StatefulPartitionedCall tensorflow.python.ops.gen_functional_ops.StatefulPartitionedCall tensorflow.python.ops.gen_functional_ops.stateful_partitioned_call
tensor@6 tensorflow.raw_ops.StatefulRandomBinomial tensorflow.python.ops.gen_stateful_random_ops.StatefulRandomBinomial tensorflow.python.ops.gen_stateful_random_ops.stateful_random_binomial
tensor@3 tensorflow.raw_ops.StatefulStandardNormal tensorflow.python.ops.gen_stateful_random_ops.StatefulStandardNormal tensorflow.python.ops.gen_stateful_random_ops.stateful_standard_normal
tensor@4 tensorflow.raw_ops.StatefulStandardNormalV2 tensorflow.python.ops.gen_stateful_random_ops.StatefulStandardNormalV2 tensorflow.python.ops.gen_stateful_random_ops.stateful_standard_normal_v2
tensor@4 tensorflow.raw_ops.StatefulTruncatedNormal tensorflow.python.ops.gen_stateful_random_ops.StatefulTruncatedNormal tensorflow.python.ops.gen_stateful_random_ops.stateful_truncated_normal
tensor@4 tensorflow.raw_ops.StatefulUniform tensorflow.python.ops.gen_stateful_random_ops.StatefulUniform tensorflow.python.ops.gen_stateful_random_ops.stateful_uniform
tensor@4 tensorflow.raw_ops.StatefulUniformFullInt tensorflow.python.ops.gen_stateful_random_ops.StatefulUniformFullInt tensorflow.python.ops.gen_stateful_random_ops.stateful_uniform_full_int
tensor@5 tensorflow.raw_ops.StatefulUniformInt tensorflow.python.ops.gen_stateful_random_ops.StatefulUniformInt tensorflow.python.ops.gen_stateful_random_ops.stateful_uniform_int
tensor_list@5 tensorflow.raw_ops.StatelessCase tensorflow.python.ops.gen_functional_ops.StatelessCase tensorflow.python.ops.gen_functional_ops.stateless_case
tensor_list@6 tensorflow.raw_ops.StatelessIf tensorflow.python.ops.gen_functional_ops.StatelessIf tensorflow.python.ops.gen_functional_ops.stateless_if
tensor@4 tensorflow.raw_ops.StatelessMultinomial tensorflow.python.ops.gen_stateless_random_ops.StatelessMultinomial tensorflow.python.ops.gen_stateless_random_ops.stateless_multinomial
tensor@6 tensorflow.raw_ops.StatelessParameterizedTruncatedNormal tensorflow.python.ops.gen_stateless_random_ops.StatelessParameterizedTruncatedNormal tensorflow.python.ops.gen_stateless_random_ops.stateless_parameterized_truncated_normal
tensor@5 tensorflow.raw_ops.StatelessRandomBinomial tensorflow.python.ops.gen_stateless_random_ops.StatelessRandomBinomial tensorflow.python.ops.gen_stateless_random_ops.stateless_random_binomial
tensor@3 tensorflow.raw_ops.StatelessRandomGammaV2 tensorflow.python.ops.gen_stateless_random_ops.StatelessRandomGammaV2 tensorflow.python.ops.gen_stateless_random_ops.stateless_random_gamma_v2
tensor@5 tensorflow.raw_ops.StatelessRandomGammaV3 tensorflow.python.ops.gen_stateless_random_ops_v2.StatelessRandomGammaV3 tensorflow.python.ops.gen_stateless_random_ops_v2.stateless_random_gamma_v3
tensor@0 tensorflow.raw_ops.StatelessRandomGetAlg tensorflow.python.ops.gen_stateless_random_ops_v2.StatelessRandomGetAlg tensorflow.python.ops.gen_stateless_random_ops_v2.stateless_random_get_alg
tensor_list@1 tensorflow.raw_ops.StatelessRandomGetKeyCounter tensorflow.python.ops.gen_stateless_random_ops_v2.StatelessRandomGetKeyCounter tensorflow.python.ops.gen_stateless_random_ops_v2.stateless_random_get_key_counter
tensor_list@1 tensorflow.raw_ops.StatelessRandomGetKeyCounterAlg tensorflow.python.ops.gen_stateless_random_ops_v2.StatelessRandomGetKeyCounterAlg tensorflow.python.ops.gen_stateless_random_ops_v2.stateless_random_get_key_counter_alg
tensor@3 tensorflow.raw_ops.StatelessRandomNormal tensorflow.python.ops.gen_stateless_random_ops.StatelessRandomNormal tensorflow.python.ops.gen_stateless_random_ops.stateless_random_normal
tensor@5 tensorflow.raw_ops.StatelessRandomNormalV2 tensorflow.python.ops.gen_stateless_random_ops_v2.StatelessRandomNormalV2 tensorflow.python.ops.gen_stateless_random_ops_v2.stateless_random_normal_v2
tensor@4 tensorflow.raw_ops.StatelessRandomPoisson tensorflow.python.ops.gen_stateless_random_ops.StatelessRandomPoisson tensorflow.python.ops.gen_stateless_random_ops.stateless_random_poisson
tensor@3 tensorflow.raw_ops.StatelessRandomUniform tensorflow.python.ops.gen_stateless_random_ops.StatelessRandomUniform tensorflow.python.ops.gen_stateless_random_ops.stateless_random_uniform
tensor@3 tensorflow.raw_ops.StatelessRandomUniformFullInt tensorflow.python.ops.gen_stateless_random_ops.StatelessRandomUniformFullInt tensorflow.python.ops.gen_stateless_random_ops.stateless_random_uniform_full_int
tensor@5 tensorflow.raw_ops.StatelessRandomUniformFullIntV2 tensorflow.python.ops.gen_stateless_random_ops_v2.StatelessRandomUniformFullIntV2 tensorflow.python.ops.gen_stateless_random_ops_v2.stateless_random_uniform_full_int_v2
tensor@4 tensorflow.raw_ops.StatelessRandomUniformInt tensorflow.python.ops.gen_stateless_random_ops.StatelessRandomUniformInt tensorflow.python.ops.gen_stateless_random_ops.stateless_random_uniform_int
tensor@6 tensorflow.raw_ops.StatelessRandomUniformIntV2 tensorflow.python.ops.gen_stateless_random_ops_v2.StatelessRandomUniformIntV2 tensorflow.python.ops.gen_stateless_random_ops_v2.stateless_random_uniform_int_v2
tensor@5 tensorflow.raw_ops.StatelessRandomUniformV2 tensorflow.python.ops.gen_stateless_random_ops_v2.StatelessRandomUniformV2 tensorflow.python.ops.gen_stateless_random_ops_v2.stateless_random_uniform_v2
tensor_list@8 tensorflow.raw_ops.StatelessSampleDistortedBoundingBox tensorflow.python.ops.gen_image_ops.StatelessSampleDistortedBoundingBox tensorflow.python.ops.gen_image_ops.stateless_sample_distorted_bounding_box tensorflow.python.ops.image_ops.StatelessSampleDistortedBoundingBox
tensor@4 tensorflow.raw_ops.StatelessShuffle tensorflow.python.ops.gen_stateless_random_ops_v2.StatelessShuffle tensorflow.python.ops.gen_stateless_random_ops_v2.stateless_shuffle
tensor@3 tensorflow.raw_ops.StatelessTruncatedNormal tensorflow.python.ops.gen_stateless_random_ops.StatelessTruncatedNormal tensorflow.python.ops.gen_stateless_random_ops.stateless_truncated_normal
tensor@5 tensorflow.raw_ops.StatelessTruncatedNormalV2 tensorflow.python.ops.gen_stateless_random_ops_v2.StatelessTruncatedNormalV2 tensorflow.python.ops.gen_stateless_random_ops_v2.stateless_truncated_normal_v2
tensor_list@5 tensorflow.raw_ops.StatelessWhile tensorflow.python.ops.gen_functional_ops.StatelessWhile tensorflow.python.ops.gen_functional_ops.stateless_while
tensor@2 tensorflow.raw_ops.StaticRegexFullMatch tensorflow.python.ops.gen_string_ops.StaticRegexFullMatch tensorflow.python.ops.gen_string_ops.static_regex_full_match tensorflow.python.ops.standard_ops.StaticRegexFullMatch tensorflow.python.ops.string_ops.StaticRegexFullMatch
tensor@4 tensorflow.raw_ops.StaticRegexReplace tensorflow.python.ops.gen_string_ops.StaticRegexReplace tensorflow.python.ops.gen_string_ops.static_regex_replace tensorflow.python.ops.standard_ops.StaticRegexReplace tensorflow.python.ops.string_ops.StaticRegexReplace
tensor@2 tensorflow.raw_ops.StatsAggregatorHandle tensorflow.python.ops.gen_experimental_dataset_ops.StatsAggregatorHandle tensorflow.python.ops.gen_experimental_dataset_ops.stats_aggregator_handle
tensor@2 tensorflow.raw_ops.StatsAggregatorHandleV2 tensorflow.python.ops.gen_experimental_dataset_ops.StatsAggregatorHandleV2 tensorflow.python.ops.gen_experimental_dataset_ops.stats_aggregator_handle_v2
none@2 tensorflow.raw_ops.StatsAggregatorSetSummaryWriter tensorflow.python.ops.gen_experimental_dataset_ops.StatsAggregatorSetSummaryWriter tensorflow.python.ops.gen_experimental_dataset_ops.stats_aggregator_set_summary_writer
tensor@1 tensorflow.raw_ops.StatsAggregatorSummary tensorflow.python.ops.gen_experimental_dataset_ops.StatsAggregatorSummary tensorflow.python.ops.gen_experimental_dataset_ops.stats_aggregator_summary
tensor@1 tensorflow.raw_ops.StopGradient tensorflow.python.ops.array_ops.StopGradient tensorflow.python.ops.gen_array_ops.StopGradient tensorflow.python.ops.gen_array_ops.stop_gradient tensorflow.python.ops.standard_ops.StopGradient
none@9 tensorflow.raw_ops.StoreMinibatchStatisticsInFdo tensorflow.python.tpu.ops.gen_xla_ops.StoreMinibatchStatisticsInFdo tensorflow.python.tpu.ops.gen_xla_ops.store_minibatch_statistics_in_fdo
tensor@9 tensorflow.raw_ops.StridedSlice tensorflow.python.ops.array_ops.StridedSlice tensorflow.python.ops.gen_array_ops.StridedSlice tensorflow.python.ops.gen_array_ops.strided_slice tensorflow.python.ops.standard_ops.StridedSlice
tensor@10 tensorflow.raw_ops.StridedSliceAssign tensorflow.python.ops.array_ops.StridedSliceAssign tensorflow.python.ops.gen_array_ops.StridedSliceAssign tensorflow.python.ops.gen_array_ops.strided_slice_assign tensorflow.python.ops.standard_ops.StridedSliceAssign
tensor@10 tensorflow.raw_ops.StridedSliceGrad tensorflow.python.ops.array_ops.StridedSliceGrad tensorflow.python.ops.gen_array_ops.StridedSliceGrad tensorflow.python.ops.gen_array_ops.strided_slice_grad tensorflow.python.ops.standard_ops.StridedSliceGrad
tensor@4 tensorflow.raw_ops.StringFormat tensorflow.python.ops.gen_string_ops.StringFormat tensorflow.python.ops.gen_string_ops.string_format tensorflow.python.ops.standard_ops.StringFormat tensorflow.python.ops.string_ops.StringFormat
tensor@2 tensorflow.raw_ops.StringJoin tensorflow.python.ops.gen_string_ops.StringJoin tensorflow.python.ops.gen_string_ops.string_join tensorflow.python.ops.standard_ops.StringJoin tensorflow.python.ops.string_ops.StringJoin
tensor@2 tensorflow.raw_ops.StringLength tensorflow.python.ops.gen_string_ops.StringLength tensorflow.python.ops.gen_string_ops.string_length tensorflow.python.ops.standard_ops.StringLength tensorflow.python.ops.string_ops.StringLength
tensor_list@8 tensorflow.raw_ops.StringNGrams tensorflow.python.ops.gen_string_ops.StringNGrams tensorflow.python.ops.gen_string_ops.string_n_grams tensorflow.python.ops.standard_ops.StringNGrams tensorflow.python.ops.string_ops.StringNGrams
tensor_list@3 tensorflow.raw_ops.StringSplit tensorflow.python.ops.gen_string_ops.StringSplit tensorflow.python.ops.gen_string_ops.string_split tensorflow.python.ops.standard_ops.StringSplit tensorflow.python.ops.string_ops.StringSplit
tensor_list@3 tensorflow.raw_ops.StringSplitV2 tensorflow.python.ops.gen_string_ops.StringSplitV2 tensorflow.python.ops.gen_string_ops.string_split_v2 tensorflow.python.ops.standard_ops.StringSplitV2 tensorflow.python.ops.string_ops.StringSplitV2
tensor@2 tensorflow.raw_ops.StringToHashBucket tensorflow.python.ops.gen_string_ops.StringToHashBucket tensorflow.python.ops.gen_string_ops.string_to_hash_bucket tensorflow.python.ops.standard_ops.StringToHashBucket tensorflow.python.ops.string_ops.StringToHashBucket
tensor@2 tensorflow.raw_ops.StringToNumber tensorflow.python.ops.gen_parsing_ops.StringToNumber tensorflow.python.ops.gen_parsing_ops.string_to_number tensorflow.python.ops.parsing_ops.StringToNumber tensorflow.python.ops.standard_ops.StringToNumber
tensor@2 tensorflow.raw_ops.Sub tensorflow.python.ops.gen_math_ops.Sub tensorflow.python.ops.gen_math_ops.sub tensorflow.python.ops.math_ops.Sub tensorflow.python.ops.standard_ops.Sub
tensor@4 tensorflow.raw_ops.Substr tensorflow.python.ops.gen_string_ops.Substr tensorflow.python.ops.gen_string_ops.substr tensorflow.python.ops.standard_ops.Substr tensorflow.python.ops.string_ops.Substr
tensor@3 tensorflow.raw_ops.Sum tensorflow.python.ops.gen_math_ops.Sum tensorflow.python.ops.gen_math_ops._sum tensorflow.python.ops.math_ops.Sum tensorflow.python.ops.standard_ops.Sum
tensor@2 tensorflow.raw_ops.SummaryWriter tensorflow.python.ops.gen_summary_ops.SummaryWriter tensorflow.python.ops.gen_summary_ops.summary_writer
tensor_list@3 tensorflow.raw_ops.Svd tensorflow.python.ops.gen_linalg_ops.Svd tensorflow.python.ops.gen_linalg_ops.svd tensorflow.python.ops.linalg_ops.Svd tensorflow.python.ops.standard_ops.Svd
tensor_list@2 tensorflow.raw_ops.Switch tensorflow.python.ops.control_flow_grad.Switch tensorflow.python.ops.control_flow_ops.Switch tensorflow.python.ops.gen_control_flow_ops.Switch tensorflow.python.ops.gen_control_flow_ops.switch
tensor_list@3 tensorflow.raw_ops.SymbolicGradient tensorflow.python.ops.gen_functional_ops.SymbolicGradient tensorflow.python.ops.gen_functional_ops.symbolic_gradient
none@0 tensorflow.raw_ops.SyncDevice tensorflow.python.ops.gen_sync_ops.SyncDevice tensorflow.python.ops.gen_sync_ops.sync_device
tensor@4 tensorflow.raw_ops.TFRecordDataset tensorflow.python.ops.gen_dataset_ops.TFRecordDataset tensorflow.python.ops.gen_dataset_ops.tf_record_dataset
tensor@5 tensorflow.raw_ops.TFRecordDatasetV2 tensorflow.python.ops.gen_dataset_ops.TFRecordDatasetV2 tensorflow.python.ops.gen_dataset_ops.tf_record_dataset_v2
tensor@3 tensorflow.raw_ops.TFRecordReader tensorflow.python.ops.gen_io_ops.TFRecordReader tensorflow.python.ops.gen_io_ops.tf_record_reader
tensor@3 tensorflow.raw_ops.TFRecordReaderV2 tensorflow.python.ops.gen_io_ops.TFRecordReaderV2 tensorflow.python.ops.gen_io_ops.tf_record_reader_v2 tensorflow.python.ops.io_ops.TFRecordReaderV2 tensorflow.python.ops.standard_ops.TFRecordReaderV2
tensor_list@1 tensorflow.raw_ops.TPUAnnotateTensorsWithDynamicShape tensorflow.python.tpu.ops.gen_xla_ops.TPUAnnotateTensorsWithDynamicShape tensorflow.python.tpu.ops.gen_xla_ops.tpu_annotate_tensors_with_dynamic_shape
tensor@0 tensorflow.raw_ops.TPUCompilationResult tensorflow.python.ops.gen_tpu_ops.TPUCompilationResult tensorflow.python.ops.gen_tpu_ops.tpu_compilation_result tensorflow.python.tpu.ops.tpu_ops.TPUCompilationResult
tensor_list@2 tensorflow.raw_ops.TPUCopyWithDynamicShape tensorflow.python.tpu.ops.gen_xla_ops.TPUCopyWithDynamicShape tensorflow.python.tpu.ops.gen_xla_ops.tpu_copy_with_dynamic_shape
tensor@2 tensorflow.raw_ops.TPUDummyInput tensorflow.python.ops.gen_tpu_ops.TPUDummyInput tensorflow.python.ops.gen_tpu_ops.tpu_dummy_input tensorflow.python.tpu.ops.tpu_ops.TPUDummyInput
tensor@4 tensorflow.raw_ops.TPUEmbeddingActivations tensorflow.python.ops.gen_tpu_ops.TPUEmbeddingActivations tensorflow.python.ops.gen_tpu_ops.tpu_embedding_activations tensorflow.python.tpu.ops.tpu_ops.TPUEmbeddingActivations
tensor@0 tensorflow.raw_ops.TPUOrdinalSelector tensorflow.python.ops.gen_tpu_ops.TPUOrdinalSelector tensorflow.python.ops.gen_tpu_ops.tpu_ordinal_selector tensorflow.python.tpu.ops.tpu_ops.TPUOrdinalSelector
tensor_list@5 tensorflow.raw_ops.TPUPartitionedCall tensorflow.python.ops.gen_tpu_ops.TPUPartitionedCall tensorflow.python.ops.gen_tpu_ops.tpu_partitioned_call tensorflow.python.tpu.ops.tpu_ops.TPUPartitionedCall
tensor@2 tensorflow.raw_ops.TPUPartitionedInput tensorflow.python.ops.gen_tpu_partition_ops.TPUPartitionedInput tensorflow.python.ops.gen_tpu_partition_ops.tpu_partitioned_input
tensor@3 tensorflow.raw_ops.TPUPartitionedInputV2 tensorflow.python.ops.gen_tpu_partition_ops.TPUPartitionedInputV2 tensorflow.python.ops.gen_tpu_partition_ops.tpu_partitioned_input_v2
tensor_list@3 tensorflow.raw_ops.TPUPartitionedOutput tensorflow.python.ops.gen_tpu_partition_ops.TPUPartitionedOutput tensorflow.python.ops.gen_tpu_partition_ops.tpu_partitioned_output
tensor_list@3 tensorflow.raw_ops.TPUPartitionedOutputV2 tensorflow.python.ops.gen_tpu_partition_ops.TPUPartitionedOutputV2 tensorflow.python.ops.gen_tpu_partition_ops.tpu_partitioned_output_v2
none@13 tensorflow.raw_ops.TPUReplicateMetadata tensorflow.python.ops.gen_tpu_ops.TPUReplicateMetadata tensorflow.python.ops.gen_tpu_ops.tpu_replicate_metadata tensorflow.python.tpu.ops.tpu_ops.TPUReplicateMetadata
tensor@4 tensorflow.raw_ops.TPUReplicatedInput tensorflow.python.ops.gen_tpu_ops.TPUReplicatedInput tensorflow.python.ops.gen_tpu_ops.tpu_replicated_input tensorflow.python.tpu.ops.tpu_ops.TPUReplicatedInput
tensor_list@2 tensorflow.raw_ops.TPUReplicatedOutput tensorflow.python.ops.gen_tpu_ops.TPUReplicatedOutput tensorflow.python.ops.gen_tpu_ops.tpu_replicated_output tensorflow.python.tpu.ops.tpu_ops.TPUReplicatedOutput
tensor@5 tensorflow.raw_ops.TakeDataset tensorflow.python.ops.gen_dataset_ops.TakeDataset tensorflow.python.ops.gen_dataset_ops.take_dataset
tensor_list@4 tensorflow.raw_ops.TakeManySparseFromTensorsMap tensorflow.python.ops.gen_sparse_ops.TakeManySparseFromTensorsMap tensorflow.python.ops.gen_sparse_ops.take_many_sparse_from_tensors_map tensorflow.python.ops.sparse_ops.TakeManySparseFromTensorsMap tensorflow.python.ops.standard_ops.TakeManySparseFromTensorsMap
tensor@6 tensorflow.raw_ops.TakeWhileDataset tensorflow.python.ops.gen_experimental_dataset_ops.TakeWhileDataset tensorflow.python.ops.gen_experimental_dataset_ops.take_while_dataset
tensor@2 tensorflow.raw_ops.TanhGrad tensorflow.python.ops.gen_math_ops.TanhGrad tensorflow.python.ops.gen_math_ops.tanh_grad tensorflow.python.ops.math_ops.TanhGrad tensorflow.python.ops.standard_ops.TanhGrad
tensor@3 tensorflow.raw_ops.TemporaryVariable tensorflow.python.ops.gen_state_ops.TemporaryVariable tensorflow.python.ops.gen_state_ops.temporary_variable tensorflow.python.ops.state_ops.TemporaryVariable
tensor@6 tensorflow.raw_ops.TensorArray tensorflow.python.ops.data_flow_ops.TensorArray tensorflow.python.ops.gen_data_flow_ops.TensorArray tensorflow.python.ops.gen_data_flow_ops.tensor_array
none@1 tensorflow.raw_ops.TensorArrayClose tensorflow.python.ops.data_flow_ops.TensorArrayClose tensorflow.python.ops.gen_data_flow_ops.TensorArrayClose tensorflow.python.ops.gen_data_flow_ops.tensor_array_close tensorflow.python.ops.standard_ops.TensorArrayClose
none@1 tensorflow.raw_ops.TensorArrayCloseV2 tensorflow.python.ops.data_flow_ops.TensorArrayCloseV2 tensorflow.python.ops.gen_data_flow_ops.TensorArrayCloseV2 tensorflow.python.ops.gen_data_flow_ops.tensor_array_close_v2 tensorflow.python.ops.standard_ops.TensorArrayCloseV2
none@1 tensorflow.raw_ops.TensorArrayCloseV3 tensorflow.python.ops.data_flow_ops.TensorArrayCloseV3 tensorflow.python.ops.gen_data_flow_ops.TensorArrayCloseV3 tensorflow.python.ops.gen_data_flow_ops.tensor_array_close_v3 tensorflow.python.ops.standard_ops.TensorArrayCloseV3
tensor_list@4 tensorflow.raw_ops.TensorArrayConcat tensorflow.python.ops.data_flow_ops.TensorArrayConcat tensorflow.python.ops.gen_data_flow_ops.TensorArrayConcat tensorflow.python.ops.gen_data_flow_ops.tensor_array_concat tensorflow.python.ops.standard_ops.TensorArrayConcat
tensor_list@4 tensorflow.raw_ops.TensorArrayConcatV2 tensorflow.python.ops.data_flow_ops.TensorArrayConcatV2 tensorflow.python.ops.gen_data_flow_ops.TensorArrayConcatV2 tensorflow.python.ops.gen_data_flow_ops.tensor_array_concat_v2 tensorflow.python.ops.standard_ops.TensorArrayConcatV2
tensor_list@4 tensorflow.raw_ops.TensorArrayConcatV3 tensorflow.python.ops.data_flow_ops.TensorArrayConcatV3 tensorflow.python.ops.gen_data_flow_ops.TensorArrayConcatV3 tensorflow.python.ops.gen_data_flow_ops.tensor_array_concat_v3 tensorflow.python.ops.standard_ops.TensorArrayConcatV3
tensor@5 tensorflow.raw_ops.TensorArrayGather tensorflow.python.ops.data_flow_ops.TensorArrayGather tensorflow.python.ops.gen_data_flow_ops.TensorArrayGather tensorflow.python.ops.gen_data_flow_ops.tensor_array_gather tensorflow.python.ops.standard_ops.TensorArrayGather
tensor@5 tensorflow.raw_ops.TensorArrayGatherV2 tensorflow.python.ops.data_flow_ops.TensorArrayGatherV2 tensorflow.python.ops.gen_data_flow_ops.TensorArrayGatherV2 tensorflow.python.ops.gen_data_flow_ops.tensor_array_gather_v2 tensorflow.python.ops.standard_ops.TensorArrayGatherV2
tensor@5 tensorflow.raw_ops.TensorArrayGatherV3 tensorflow.python.ops.data_flow_ops.TensorArrayGatherV3 tensorflow.python.ops.gen_data_flow_ops.TensorArrayGatherV3 tensorflow.python.ops.gen_data_flow_ops.tensor_array_gather_v3 tensorflow.python.ops.standard_ops.TensorArrayGatherV3
tensor@3 tensorflow.raw_ops.TensorArrayGrad tensorflow.python.ops.data_flow_ops.TensorArrayGrad tensorflow.python.ops.gen_data_flow_ops.TensorArrayGrad tensorflow.python.ops.gen_data_flow_ops.tensor_array_grad tensorflow.python.ops.standard_ops.TensorArrayGrad
tensor@3 tensorflow.raw_ops.TensorArrayGradV2 tensorflow.python.ops.data_flow_ops.TensorArrayGradV2 tensorflow.python.ops.gen_data_flow_ops.TensorArrayGradV2 tensorflow.python.ops.gen_data_flow_ops.tensor_array_grad_v2 tensorflow.python.ops.standard_ops.TensorArrayGradV2
tensor_list@3 tensorflow.raw_ops.TensorArrayGradV3 tensorflow.python.ops.data_flow_ops.TensorArrayGradV3 tensorflow.python.ops.gen_data_flow_ops.TensorArrayGradV3 tensorflow.python.ops.gen_data_flow_ops.tensor_array_grad_v3 tensorflow.python.ops.standard_ops.TensorArrayGradV3
tensor_list@4 tensorflow.raw_ops.TensorArrayGradWithShape tensorflow.python.ops.data_flow_ops.TensorArrayGradWithShape tensorflow.python.ops.gen_data_flow_ops.TensorArrayGradWithShape tensorflow.python.ops.gen_data_flow_ops.tensor_array_grad_with_shape tensorflow.python.ops.standard_ops.TensorArrayGradWithShape
tensor@4 tensorflow.raw_ops.TensorArrayPack tensorflow.python.ops.data_flow_ops.TensorArrayPack tensorflow.python.ops.gen_data_flow_ops.TensorArrayPack tensorflow.python.ops.gen_data_flow_ops.tensor_array_pack tensorflow.python.ops.standard_ops.TensorArrayPack
tensor@4 tensorflow.raw_ops.TensorArrayRead tensorflow.python.ops.data_flow_ops.TensorArrayRead tensorflow.python.ops.gen_data_flow_ops.TensorArrayRead tensorflow.python.ops.gen_data_flow_ops.tensor_array_read tensorflow.python.ops.standard_ops.TensorArrayRead
tensor@4 tensorflow.raw_ops.TensorArrayReadV2 tensorflow.python.ops.data_flow_ops.TensorArrayReadV2 tensorflow.python.ops.gen_data_flow_ops.TensorArrayReadV2 tensorflow.python.ops.gen_data_flow_ops.tensor_array_read_v2 tensorflow.python.ops.standard_ops.TensorArrayReadV2
tensor@4 tensorflow.raw_ops.TensorArrayReadV3 tensorflow.python.ops.data_flow_ops.TensorArrayReadV3 tensorflow.python.ops.gen_data_flow_ops.TensorArrayReadV3 tensorflow.python.ops.gen_data_flow_ops.tensor_array_read_v3 tensorflow.python.ops.standard_ops.TensorArrayReadV3
tensor@4 tensorflow.raw_ops.TensorArrayScatter tensorflow.python.ops.data_flow_ops.TensorArrayScatter tensorflow.python.ops.gen_data_flow_ops.TensorArrayScatter tensorflow.python.ops.gen_data_flow_ops.tensor_array_scatter tensorflow.python.ops.standard_ops.TensorArrayScatter
tensor@4 tensorflow.raw_ops.TensorArrayScatterV2 tensorflow.python.ops.data_flow_ops.TensorArrayScatterV2 tensorflow.python.ops.gen_data_flow_ops.TensorArrayScatterV2 tensorflow.python.ops.gen_data_flow_ops.tensor_array_scatter_v2 tensorflow.python.ops.standard_ops.TensorArrayScatterV2
tensor@4 tensorflow.raw_ops.TensorArrayScatterV3 tensorflow.python.ops.data_flow_ops.TensorArrayScatterV3 tensorflow.python.ops.gen_data_flow_ops.TensorArrayScatterV3 tensorflow.python.ops.gen_data_flow_ops.tensor_array_scatter_v3 tensorflow.python.ops.standard_ops.TensorArrayScatterV3
tensor@2 tensorflow.raw_ops.TensorArraySize tensorflow.python.ops.data_flow_ops.TensorArraySize tensorflow.python.ops.gen_data_flow_ops.TensorArraySize tensorflow.python.ops.gen_data_flow_ops.tensor_array_size tensorflow.python.ops.standard_ops.TensorArraySize
tensor@2 tensorflow.raw_ops.TensorArraySizeV2 tensorflow.python.ops.data_flow_ops.TensorArraySizeV2 tensorflow.python.ops.gen_data_flow_ops.TensorArraySizeV2 tensorflow.python.ops.gen_data_flow_ops.tensor_array_size_v2 tensorflow.python.ops.standard_ops.TensorArraySizeV2
tensor@2 tensorflow.raw_ops.TensorArraySizeV3 tensorflow.python.ops.data_flow_ops.TensorArraySizeV3 tensorflow.python.ops.gen_data_flow_ops.TensorArraySizeV3 tensorflow.python.ops.gen_data_flow_ops.tensor_array_size_v3 tensorflow.python.ops.standard_ops.TensorArraySizeV3
tensor@4 tensorflow.raw_ops.TensorArraySplit tensorflow.python.ops.data_flow_ops.TensorArraySplit tensorflow.python.ops.gen_data_flow_ops.TensorArraySplit tensorflow.python.ops.gen_data_flow_ops.tensor_array_split tensorflow.python.ops.standard_ops.TensorArraySplit
tensor@4 tensorflow.raw_ops.TensorArraySplitV2 tensorflow.python.ops.data_flow_ops.TensorArraySplitV2 tensorflow.python.ops.gen_data_flow_ops.TensorArraySplitV2 tensorflow.python.ops.gen_data_flow_ops.tensor_array_split_v2 tensorflow.python.ops.standard_ops.TensorArraySplitV2
tensor@4 tensorflow.raw_ops.TensorArraySplitV3 tensorflow.python.ops.data_flow_ops.TensorArraySplitV3 tensorflow.python.ops.gen_data_flow_ops.TensorArraySplitV3 tensorflow.python.ops.gen_data_flow_ops.tensor_array_split_v3 tensorflow.python.ops.standard_ops.TensorArraySplitV3
tensor@3 tensorflow.raw_ops.TensorArrayUnpack tensorflow.python.ops.data_flow_ops.TensorArrayUnpack tensorflow.python.ops.gen_data_flow_ops.TensorArrayUnpack tensorflow.python.ops.gen_data_flow_ops.tensor_array_unpack tensorflow.python.ops.standard_ops.TensorArrayUnpack
tensor@6 tensorflow.raw_ops.TensorArrayV2 tensorflow.python.ops.data_flow_ops.TensorArrayV2 tensorflow.python.ops.gen_data_flow_ops.TensorArrayV2 tensorflow.python.ops.gen_data_flow_ops.tensor_array_v2 tensorflow.python.ops.standard_ops.TensorArrayV2
tensor_list@7 tensorflow.raw_ops.TensorArrayV3 tensorflow.python.ops.data_flow_ops.TensorArrayV3 tensorflow.python.ops.gen_data_flow_ops.TensorArrayV3 tensorflow.python.ops.gen_data_flow_ops.tensor_array_v3 tensorflow.python.ops.standard_ops.TensorArrayV3
tensor@4 tensorflow.raw_ops.TensorArrayWrite tensorflow.python.ops.data_flow_ops.TensorArrayWrite tensorflow.python.ops.gen_data_flow_ops.TensorArrayWrite tensorflow.python.ops.gen_data_flow_ops.tensor_array_write tensorflow.python.ops.standard_ops.TensorArrayWrite
tensor@4 tensorflow.raw_ops.TensorArrayWriteV2 tensorflow.python.ops.data_flow_ops.TensorArrayWriteV2 tensorflow.python.ops.gen_data_flow_ops.TensorArrayWriteV2 tensorflow.python.ops.gen_data_flow_ops.tensor_array_write_v2 tensorflow.python.ops.standard_ops.TensorArrayWriteV2
tensor@4 tensorflow.raw_ops.TensorArrayWriteV3 tensorflow.python.ops.data_flow_ops.TensorArrayWriteV3 tensorflow.python.ops.gen_data_flow_ops.TensorArrayWriteV3 tensorflow.python.ops.gen_data_flow_ops.tensor_array_write_v3 tensorflow.python.ops.standard_ops.TensorArrayWriteV3
tensor@3 tensorflow.raw_ops.TensorDataset tensorflow.python.ops.gen_dataset_ops.TensorDataset tensorflow.python.ops.gen_dataset_ops.tensor_dataset
tensor_list@3 tensorflow.raw_ops.TensorListConcat tensorflow.python.ops.gen_list_ops.TensorListConcat tensorflow.python.ops.gen_list_ops.tensor_list_concat tensorflow.python.ops.list_ops.TensorListConcat
tensor@3 tensorflow.raw_ops.TensorListConcatLists tensorflow.python.ops.gen_list_ops.TensorListConcatLists tensorflow.python.ops.gen_list_ops.tensor_list_concat_lists tensorflow.python.ops.list_ops.TensorListConcatLists
tensor_list@4 tensorflow.raw_ops.TensorListConcatV2 tensorflow.python.ops.gen_list_ops.TensorListConcatV2 tensorflow.python.ops.gen_list_ops.tensor_list_concat_v2 tensorflow.python.ops.list_ops.TensorListConcatV2
tensor@2 tensorflow.raw_ops.TensorListElementShape tensorflow.python.ops.gen_list_ops.TensorListElementShape tensorflow.python.ops.gen_list_ops.tensor_list_element_shape tensorflow.python.ops.list_ops.TensorListElementShape
tensor@2 tensorflow.raw_ops.TensorListFromTensor tensorflow.python.ops.gen_list_ops.TensorListFromTensor tensorflow.python.ops.gen_list_ops.tensor_list_from_tensor tensorflow.python.ops.list_ops.TensorListFromTensor
tensor@4 tensorflow.raw_ops.TensorListGather tensorflow.python.ops.gen_list_ops.TensorListGather tensorflow.python.ops.gen_list_ops.tensor_list_gather tensorflow.python.ops.list_ops.TensorListGather
tensor@4 tensorflow.raw_ops.TensorListGetItem tensorflow.python.ops.gen_list_ops.TensorListGetItem tensorflow.python.ops.gen_list_ops.tensor_list_get_item tensorflow.python.ops.list_ops.TensorListGetItem
tensor@1 tensorflow.raw_ops.TensorListLength tensorflow.python.ops.gen_list_ops.TensorListLength tensorflow.python.ops.gen_list_ops.tensor_list_length tensorflow.python.ops.list_ops.TensorListLength
tensor_list@3 tensorflow.raw_ops.TensorListPopBack tensorflow.python.ops.gen_list_ops.TensorListPopBack tensorflow.python.ops.gen_list_ops.tensor_list_pop_back tensorflow.python.ops.list_ops.TensorListPopBack
tensor@2 tensorflow.raw_ops.TensorListPushBack tensorflow.python.ops.gen_list_ops.TensorListPushBack tensorflow.python.ops.gen_list_ops.tensor_list_push_back tensorflow.python.ops.list_ops.TensorListPushBack
tensor@2 tensorflow.raw_ops.TensorListPushBackBatch tensorflow.python.ops.gen_list_ops.TensorListPushBackBatch tensorflow.python.ops.gen_list_ops.tensor_list_push_back_batch tensorflow.python.ops.list_ops.TensorListPushBackBatch
tensor@3 tensorflow.raw_ops.TensorListReserve tensorflow.python.ops.gen_list_ops.TensorListReserve tensorflow.python.ops.gen_list_ops.tensor_list_reserve tensorflow.python.ops.list_ops.TensorListReserve
tensor@2 tensorflow.raw_ops.TensorListResize tensorflow.python.ops.gen_list_ops.TensorListResize tensorflow.python.ops.gen_list_ops.tensor_list_resize tensorflow.python.ops.list_ops.TensorListResize
tensor@3 tensorflow.raw_ops.TensorListScatter tensorflow.python.ops.gen_list_ops.TensorListScatter tensorflow.python.ops.gen_list_ops.tensor_list_scatter tensorflow.python.ops.list_ops.TensorListScatter
tensor@3 tensorflow.raw_ops.TensorListScatterIntoExistingList tensorflow.python.ops.gen_list_ops.TensorListScatterIntoExistingList tensorflow.python.ops.gen_list_ops.tensor_list_scatter_into_existing_list tensorflow.python.ops.list_ops.TensorListScatterIntoExistingList
tensor@4 tensorflow.raw_ops.TensorListScatterV2 tensorflow.python.ops.gen_list_ops.TensorListScatterV2 tensorflow.python.ops.gen_list_ops.tensor_list_scatter_v2 tensorflow.python.ops.list_ops.TensorListScatterV2
tensor@4 tensorflow.raw_ops.TensorListSetItem tensorflow.python.ops.gen_list_ops.TensorListSetItem tensorflow.python.ops.gen_list_ops.tensor_list_set_item tensorflow.python.ops.list_ops.TensorListSetItem
tensor@3 tensorflow.raw_ops.TensorListSplit tensorflow.python.ops.gen_list_ops.TensorListSplit tensorflow.python.ops.gen_list_ops.tensor_list_split tensorflow.python.ops.list_ops.TensorListSplit
tensor@4 tensorflow.raw_ops.TensorListStack tensorflow.python.ops.gen_list_ops.TensorListStack tensorflow.python.ops.gen_list_ops.tensor_list_stack tensorflow.python.ops.list_ops.TensorListStack
tensor@3 tensorflow.raw_ops.TensorMapErase tensorflow.python.ops.gen_map_ops.TensorMapErase tensorflow.python.ops.gen_map_ops.tensor_map_erase
tensor@2 tensorflow.raw_ops.TensorMapHasKey tensorflow.python.ops.gen_map_ops.TensorMapHasKey tensorflow.python.ops.gen_map_ops.tensor_map_has_key
tensor@3 tensorflow.raw_ops.TensorMapInsert tensorflow.python.ops.gen_map_ops.TensorMapInsert tensorflow.python.ops.gen_map_ops.tensor_map_insert
tensor@3 tensorflow.raw_ops.TensorMapLookup tensorflow.python.ops.gen_map_ops.TensorMapLookup tensorflow.python.ops.gen_map_ops.tensor_map_lookup
tensor@1 tensorflow.raw_ops.TensorMapSize tensorflow.python.ops.gen_map_ops.TensorMapSize tensorflow.python.ops.gen_map_ops.tensor_map_size
tensor@2 tensorflow.raw_ops.TensorMapStackKeys tensorflow.python.ops.gen_map_ops.TensorMapStackKeys tensorflow.python.ops.gen_map_ops.tensor_map_stack_keys
tensor@4 tensorflow.raw_ops.TensorScatterUpdate tensorflow.python.ops.array_ops.TensorScatterUpdate tensorflow.python.ops.gen_array_ops.TensorScatterUpdate tensorflow.python.ops.gen_array_ops.tensor_scatter_update tensorflow.python.ops.standard_ops.TensorScatterUpdate
tensor@5 tensorflow.raw_ops.TensorSliceDataset tensorflow.python.ops.gen_dataset_ops.TensorSliceDataset tensorflow.python.ops.gen_dataset_ops.tensor_slice_dataset
tensor@10 tensorflow.raw_ops.TensorStridedSliceUpdate tensorflow.python.ops.array_ops.TensorStridedSliceUpdate tensorflow.python.ops.gen_array_ops.TensorStridedSliceUpdate tensorflow.python.ops.gen_array_ops.tensor_strided_slice_update tensorflow.python.ops.standard_ops.TensorStridedSliceUpdate
tensor@4 tensorflow.raw_ops.TensorSummary tensorflow.python.ops.gen_logging_ops.TensorSummary tensorflow.python.ops.gen_logging_ops.tensor_summary tensorflow.python.ops.logging_ops.TensorSummary
tensor@3 tensorflow.raw_ops.TensorSummaryV2 tensorflow.python.ops.gen_logging_ops.TensorSummaryV2 tensorflow.python.ops.gen_logging_ops.tensor_summary_v2 tensorflow.python.ops.logging_ops.TensorSummaryV2
tensor@4 tensorflow.raw_ops.TextLineDataset tensorflow.python.ops.gen_dataset_ops.TextLineDataset tensorflow.python.ops.gen_dataset_ops.text_line_dataset
tensor@3 tensorflow.raw_ops.TextLineReader tensorflow.python.ops.gen_io_ops.TextLineReader tensorflow.python.ops.gen_io_ops.text_line_reader
tensor@3 tensorflow.raw_ops.TextLineReaderV2 tensorflow.python.ops.gen_io_ops.TextLineReaderV2 tensorflow.python.ops.gen_io_ops.text_line_reader_v2 tensorflow.python.ops.io_ops.TextLineReaderV2 tensorflow.python.ops.standard_ops.TextLineReaderV2
tensor@4 tensorflow.raw_ops.ThreadPoolDataset tensorflow.python.ops.gen_experimental_dataset_ops.ThreadPoolDataset tensorflow.python.ops.gen_experimental_dataset_ops.thread_pool_dataset
tensor@5 tensorflow.raw_ops.ThreadPoolHandle tensorflow.python.ops.gen_experimental_dataset_ops.ThreadPoolHandle tensorflow.python.ops.gen_experimental_dataset_ops.thread_pool_handle
tensor_list@7 tensorflow.raw_ops.ThreadUnsafeUnigramCandidateSampler tensorflow.python.ops.gen_candidate_sampling_ops.ThreadUnsafeUnigramCandidateSampler tensorflow.python.ops.gen_candidate_sampling_ops.thread_unsafe_unigram_candidate_sampler
tensor@2 tensorflow.raw_ops.TileGrad tensorflow.python.ops.array_ops.TileGrad tensorflow.python.ops.gen_array_ops.TileGrad tensorflow.python.ops.gen_array_ops.tile_grad tensorflow.python.ops.standard_ops.TileGrad
tensor@1 tensorflow.raw_ops.ToBool tensorflow.python.ops.gen_functional_ops.ToBool tensorflow.python.ops.gen_functional_ops.to_bool
tensor_list@3 tensorflow.raw_ops.TopK tensorflow.python.ops.gen_nn_ops.TopK tensorflow.python.ops.gen_nn_ops.top_k tensorflow.python.ops.nn.TopK tensorflow.python.ops.nn_ops.TopK
tensor_list@4 tensorflow.raw_ops.TopKV2 tensorflow.python.ops.gen_nn_ops.TopKV2 tensorflow.python.ops.gen_nn_ops.top_kv2 tensorflow.python.ops.nn.TopKV2 tensorflow.python.ops.nn_ops.TopKV2
tensor@2 tensorflow.raw_ops.Transpose tensorflow.python.ops.array_ops.Transpose tensorflow.python.ops.gen_array_ops.Transpose tensorflow.python.ops.gen_array_ops.transpose tensorflow.python.ops.standard_ops.Transpose
tensor@4 tensorflow.raw_ops.TridiagonalMatMul tensorflow.python.ops.gen_linalg_ops.TridiagonalMatMul tensorflow.python.ops.gen_linalg_ops.tridiagonal_mat_mul tensorflow.python.ops.linalg_ops.TridiagonalMatMul tensorflow.python.ops.standard_ops.TridiagonalMatMul
tensor@4 tensorflow.raw_ops.TridiagonalSolve tensorflow.python.ops.gen_linalg_ops.TridiagonalSolve tensorflow.python.ops.gen_linalg_ops.tridiagonal_solve tensorflow.python.ops.linalg_ops.TridiagonalSolve tensorflow.python.ops.standard_ops.TridiagonalSolve
tensor@4 tensorflow.raw_ops.TruncatedNormal tensorflow.python.ops.gen_random_ops.TruncatedNormal tensorflow.python.ops.gen_random_ops.truncated_normal tensorflow.python.ops.random_ops.TruncatedNormal tensorflow.python.ops.standard_ops.TruncatedNormal
tensor@6 tensorflow.raw_ops.Unbatch tensorflow.python.ops.batch_ops.Unbatch tensorflow.python.ops.gen_batch_ops.Unbatch tensorflow.python.ops.gen_batch_ops.unbatch tensorflow.python.ops.standard_ops.Unbatch
tensor@4 tensorflow.raw_ops.UnbatchDataset tensorflow.python.ops.gen_experimental_dataset_ops.UnbatchDataset tensorflow.python.ops.gen_experimental_dataset_ops.unbatch_dataset
tensor@6 tensorflow.raw_ops.UnbatchGrad tensorflow.python.ops.batch_ops.UnbatchGrad tensorflow.python.ops.gen_batch_ops.UnbatchGrad tensorflow.python.ops.gen_batch_ops.unbatch_grad tensorflow.python.ops.standard_ops.UnbatchGrad
tensor_list@3 tensorflow.raw_ops.UncompressElement tensorflow.python.ops.gen_experimental_dataset_ops.UncompressElement tensorflow.python.ops.gen_experimental_dataset_ops.uncompress_element
tensor_list@6 tensorflow.raw_ops.UnicodeDecode tensorflow.python.ops.gen_string_ops.UnicodeDecode tensorflow.python.ops.gen_string_ops.unicode_decode tensorflow.python.ops.standard_ops.UnicodeDecode tensorflow.python.ops.string_ops.UnicodeDecode
tensor_list@6 tensorflow.raw_ops.UnicodeDecodeWithOffsets tensorflow.python.ops.gen_string_ops.UnicodeDecodeWithOffsets tensorflow.python.ops.gen_string_ops.unicode_decode_with_offsets tensorflow.python.ops.standard_ops.UnicodeDecodeWithOffsets tensorflow.python.ops.string_ops.UnicodeDecodeWithOffsets
tensor@5 tensorflow.raw_ops.UnicodeEncode tensorflow.python.ops.gen_string_ops.UnicodeEncode tensorflow.python.ops.gen_string_ops.unicode_encode tensorflow.python.ops.standard_ops.UnicodeEncode tensorflow.python.ops.string_ops.UnicodeEncode
tensor_list@7 tensorflow.raw_ops.UniformCandidateSampler tensorflow.python.ops.gen_candidate_sampling_ops.UniformCandidateSampler tensorflow.python.ops.gen_candidate_sampling_ops.uniform_candidate_sampler
tensor@7 tensorflow.raw_ops.UniformDequantize tensorflow.python.ops.gen_uniform_quant_ops.UniformDequantize tensorflow.python.ops.gen_uniform_quant_ops.uniform_dequantize
tensor@7 tensorflow.raw_ops.UniformQuantize tensorflow.python.ops.gen_uniform_quant_ops.UniformQuantize tensorflow.python.ops.gen_uniform_quant_ops.uniform_quantize
tensor@17 tensorflow.raw_ops.UniformQuantizedAdd tensorflow.python.ops.gen_uniform_quant_ops.UniformQuantizedAdd tensorflow.python.ops.gen_uniform_quant_ops.uniform_quantized_add
tensor@8 tensorflow.raw_ops.UniformQuantizedClipByValue tensorflow.python.ops.gen_uniform_quant_ops.UniformQuantizedClipByValue tensorflow.python.ops.gen_uniform_quant_ops.uniform_quantized_clip_by_value
tensor@26 tensorflow.raw_ops.UniformQuantizedConvolution tensorflow.python.ops.gen_uniform_quant_ops.UniformQuantizedConvolution tensorflow.python.ops.gen_uniform_quant_ops.uniform_quantized_convolution
tensor@16 tensorflow.raw_ops.UniformQuantizedConvolutionHybrid tensorflow.python.ops.gen_uniform_quant_ops.UniformQuantizedConvolutionHybrid tensorflow.python.ops.gen_uniform_quant_ops.uniform_quantized_convolution_hybrid
tensor@18 tensorflow.raw_ops.UniformQuantizedDot tensorflow.python.ops.gen_uniform_quant_ops.UniformQuantizedDot tensorflow.python.ops.gen_uniform_quant_ops.uniform_quantized_dot
tensor@8 tensorflow.raw_ops.UniformQuantizedDotHybrid tensorflow.python.ops.gen_uniform_quant_ops.UniformQuantizedDotHybrid tensorflow.python.ops.gen_uniform_quant_ops.uniform_quantized_dot_hybrid
tensor@12 tensorflow.raw_ops.UniformRequantize tensorflow.python.ops.gen_uniform_quant_ops.UniformRequantize tensorflow.python.ops.gen_uniform_quant_ops.uniform_requantize
tensor_list@2 tensorflow.raw_ops.Unique tensorflow.python.ops.array_ops.Unique tensorflow.python.ops.gen_array_ops.Unique tensorflow.python.ops.gen_array_ops.unique tensorflow.python.ops.standard_ops.Unique
tensor@4 tensorflow.raw_ops.UniqueDataset tensorflow.python.ops.gen_experimental_dataset_ops.UniqueDataset tensorflow.python.ops.gen_experimental_dataset_ops.unique_dataset
tensor_list@3 tensorflow.raw_ops.UniqueV2 tensorflow.python.ops.array_ops.UniqueV2 tensorflow.python.ops.gen_array_ops.UniqueV2 tensorflow.python.ops.gen_array_ops.unique_v2 tensorflow.python.ops.standard_ops.UniqueV2
tensor_list@2 tensorflow.raw_ops.UniqueWithCounts tensorflow.python.ops.array_ops.UniqueWithCounts tensorflow.python.ops.gen_array_ops.UniqueWithCounts tensorflow.python.ops.gen_array_ops.unique_with_counts tensorflow.python.ops.standard_ops.UniqueWithCounts
tensor_list@3 tensorflow.raw_ops.UniqueWithCountsV2 tensorflow.python.ops.array_ops.UniqueWithCountsV2 tensorflow.python.ops.gen_array_ops.UniqueWithCountsV2 tensorflow.python.ops.gen_array_ops.unique_with_counts_v2 tensorflow.python.ops.standard_ops.UniqueWithCountsV2
tensor_list@3 tensorflow.raw_ops.Unpack tensorflow.python.ops.array_ops.Unpack tensorflow.python.ops.gen_array_ops.Unpack tensorflow.python.ops.gen_array_ops.unpack tensorflow.python.ops.standard_ops.Unpack
tensor@4 tensorflow.raw_ops.UnsortedSegmentJoin tensorflow.python.ops.gen_string_ops.UnsortedSegmentJoin tensorflow.python.ops.gen_string_ops.unsorted_segment_join tensorflow.python.ops.standard_ops.UnsortedSegmentJoin tensorflow.python.ops.string_ops.UnsortedSegmentJoin
tensor@3 tensorflow.raw_ops.UnsortedSegmentMax tensorflow.compat.v1.unsorted_segment_max tensorflow.math.unsorted_segment_max tensorflow.python.ops.gen_math_ops.UnsortedSegmentMax tensorflow.python.ops.gen_math_ops.unsorted_segment_max tensorflow.python.ops.math_ops.UnsortedSegmentMax tensorflow.python.ops.math_ops.unsorted_segment_max tensorflow.python.ops.standard_ops.UnsortedSegmentMax tensorflow.python.ops.standard_ops.unsorted_segment_max
tensor@3 tensorflow.raw_ops.UnsortedSegmentMin tensorflow.compat.v1.unsorted_segment_min tensorflow.math.unsorted_segment_min tensorflow.python.ops.gen_math_ops.UnsortedSegmentMin tensorflow.python.ops.gen_math_ops.unsorted_segment_min tensorflow.python.ops.math_ops.UnsortedSegmentMin tensorflow.python.ops.math_ops.unsorted_segment_min tensorflow.python.ops.standard_ops.UnsortedSegmentMin tensorflow.python.ops.standard_ops.unsorted_segment_min
tensor@3 tensorflow.raw_ops.UnsortedSegmentProd tensorflow.compat.v1.unsorted_segment_prod tensorflow.math.unsorted_segment_prod tensorflow.python.ops.gen_math_ops.UnsortedSegmentProd tensorflow.python.ops.gen_math_ops.unsorted_segment_prod tensorflow.python.ops.math_ops.UnsortedSegmentProd tensorflow.python.ops.math_ops.unsorted_segment_prod tensorflow.python.ops.standard_ops.UnsortedSegmentProd tensorflow.python.ops.standard_ops.unsorted_segment_prod
tensor@3 tensorflow.raw_ops.UnsortedSegmentSum tensorflow.compat.v1.unsorted_segment_sum tensorflow.math.unsorted_segment_sum tensorflow.python.ops.gen_math_ops.UnsortedSegmentSum tensorflow.python.ops.gen_math_ops.unsorted_segment_sum tensorflow.python.ops.math_ops.UnsortedSegmentSum tensorflow.python.ops.math_ops.unsorted_segment_sum tensorflow.python.ops.standard_ops.UnsortedSegmentSum tensorflow.python.ops.standard_ops.unsorted_segment_sum
tensor_list@5 tensorflow.raw_ops.Unstage tensorflow.python.ops.data_flow_ops.Unstage tensorflow.python.ops.gen_data_flow_ops.Unstage tensorflow.python.ops.gen_data_flow_ops.unstage tensorflow.python.ops.standard_ops.Unstage
tensor@1 tensorflow.raw_ops.UnwrapDatasetVariant tensorflow.python.ops.gen_dataset_ops.UnwrapDatasetVariant tensorflow.python.ops.gen_dataset_ops.unwrap_dataset_variant
tensor@3 tensorflow.raw_ops.UpperBound tensorflow.python.ops.array_ops.UpperBound tensorflow.python.ops.gen_array_ops.UpperBound tensorflow.python.ops.gen_array_ops.upper_bound tensorflow.python.ops.standard_ops.UpperBound
tensor@6 tensorflow.raw_ops.VarHandleOp tensorflow.python.ops.gen_resource_variable_ops.VarHandleOp tensorflow.python.ops.gen_resource_variable_ops.var_handle_op tensorflow.python.ops.resource_variable_ops.VarHandleOp
tensor@1 tensorflow.raw_ops.VarIsInitializedOp tensorflow.python.ops.gen_resource_variable_ops.VarIsInitializedOp tensorflow.python.ops.gen_resource_variable_ops.var_is_initialized_op tensorflow.python.ops.resource_variable_ops.VarIsInitializedOp
tensor@4 tensorflow.raw_ops.Variable tensorflow.python.ops.gen_state_ops.Variable tensorflow.python.ops.gen_state_ops.variable tensorflow.python.ops.state_ops.Variable
tensor@2 tensorflow.raw_ops.VariableShape tensorflow.python.ops.gen_resource_variable_ops.VariableShape tensorflow.python.ops.gen_resource_variable_ops.variable_shape tensorflow.python.ops.resource_variable_ops.VariableShape
tensor@4 tensorflow.raw_ops.VariableV2 tensorflow.python.ops.gen_state_ops.VariableV2 tensorflow.python.ops.gen_state_ops.variable_v2 tensorflow.python.ops.state_ops.VariableV2
tensor@5 tensorflow.raw_ops.WeightedFlatMapDataset tensorflow.python.ops.gen_experimental_dataset_ops.WeightedFlatMapDataset tensorflow.python.ops.gen_experimental_dataset_ops.weighted_flat_map_dataset
tensor@1 tensorflow.raw_ops.Where tensorflow.python.ops.array_ops.Where tensorflow.python.ops.gen_array_ops.Where tensorflow.python.ops.gen_array_ops.where tensorflow.python.ops.standard_ops.Where
tensor_list@5 tensorflow.raw_ops.While tensorflow.python.ops.gen_functional_ops.While tensorflow.python.ops.gen_functional_ops._while
tensor@2 tensorflow.raw_ops.WholeFileReader tensorflow.python.ops.gen_io_ops.WholeFileReader tensorflow.python.ops.gen_io_ops.whole_file_reader
tensor@2 tensorflow.raw_ops.WholeFileReaderV2 tensorflow.python.ops.gen_io_ops.WholeFileReaderV2 tensorflow.python.ops.gen_io_ops.whole_file_reader_v2 tensorflow.python.ops.io_ops.WholeFileReaderV2 tensorflow.python.ops.standard_ops.WholeFileReaderV2
tensor@8 tensorflow.raw_ops.WindowDataset tensorflow.python.ops.gen_dataset_ops.WindowDataset tensorflow.python.ops.gen_dataset_ops.window_dataset
tensor@3 tensorflow.raw_ops.WindowOp tensorflow.python.ops.gen_dataset_ops.WindowOp tensorflow.python.ops.gen_dataset_ops.window_op
tensor@1 tensorflow.raw_ops.WorkerHeartbeat tensorflow.python.ops.gen_tpu_ops.WorkerHeartbeat tensorflow.python.ops.gen_tpu_ops.worker_heartbeat tensorflow.python.tpu.ops.tpu_ops.WorkerHeartbeat
tensor@1 tensorflow.raw_ops.WrapDatasetVariant tensorflow.python.ops.gen_dataset_ops.WrapDatasetVariant tensorflow.python.ops.gen_dataset_ops.wrap_dataset_variant
none@6 tensorflow.raw_ops.WriteAudioSummary tensorflow.python.ops.gen_summary_ops.WriteAudioSummary tensorflow.python.ops.gen_summary_ops.write_audio_summary
none@2 tensorflow.raw_ops.WriteFile tensorflow.compat.v1.write_file tensorflow.io.write_file tensorflow.python.ops.gen_io_ops.WriteFile tensorflow.python.ops.gen_io_ops.write_file tensorflow.python.ops.io_ops.WriteFile tensorflow.python.ops.io_ops.write_file tensorflow.python.ops.standard_ops.WriteFile tensorflow.python.ops.standard_ops.write_file
none@3 tensorflow.raw_ops.WriteGraphSummary tensorflow.python.ops.gen_summary_ops.WriteGraphSummary tensorflow.python.ops.gen_summary_ops.write_graph_summary
none@4 tensorflow.raw_ops.WriteHistogramSummary tensorflow.python.ops.gen_summary_ops.WriteHistogramSummary tensorflow.python.ops.gen_summary_ops.write_histogram_summary
none@6 tensorflow.raw_ops.WriteImageSummary tensorflow.python.ops.gen_summary_ops.WriteImageSummary tensorflow.python.ops.gen_summary_ops.write_image_summary
none@3 tensorflow.raw_ops.WriteRawProtoSummary tensorflow.python.ops.gen_summary_ops.WriteRawProtoSummary tensorflow.python.ops.gen_summary_ops.write_raw_proto_summary
none@4 tensorflow.raw_ops.WriteScalarSummary tensorflow.python.ops.gen_summary_ops.WriteScalarSummary tensorflow.python.ops.gen_summary_ops.write_scalar_summary
none@5 tensorflow.raw_ops.WriteSummary tensorflow.python.ops.gen_summary_ops.WriteSummary tensorflow.python.ops.gen_summary_ops.write_summary
tensor@2 tensorflow.raw_ops.Xdivy tensorflow.python.ops.gen_math_ops.Xdivy tensorflow.python.ops.gen_math_ops.xdivy tensorflow.python.ops.math_ops.Xdivy tensorflow.python.ops.standard_ops.Xdivy
tensor@3 tensorflow.raw_ops.XlaConcatND tensorflow.python.ops.gen_tpu_ops.XlaConcatND tensorflow.python.ops.gen_tpu_ops.xla_concat_nd tensorflow.python.tpu.ops.tpu_ops.XlaConcatND
tensor_list@6 tensorflow.raw_ops.XlaSparseCoreAdagrad tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseCoreAdagrad tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_core_adagrad
tensor_list@12 tensorflow.raw_ops.XlaSparseCoreAdagradMomentum tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseCoreAdagradMomentum tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_core_adagrad_momentum
tensor_list@11 tensorflow.raw_ops.XlaSparseCoreAdam tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseCoreAdam tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_core_adam
tensor_list@12 tensorflow.raw_ops.XlaSparseCoreFtrl tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseCoreFtrl tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_core_ftrl
tensor@5 tensorflow.raw_ops.XlaSparseCoreSgd tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseCoreSgd tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_core_sgd
tensor_list@8 tensorflow.raw_ops.XlaSparseDenseMatmul tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmul tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul
tensor_list@22 tensorflow.raw_ops.XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_custom_combiner_on_tc_grad_with_adagrad_and_csr_input
tensor_list@28 tensorflow.raw_ops.XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradMomentumAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdagradMomentumAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_custom_combiner_on_tc_grad_with_adagrad_momentum_and_csr_input
tensor_list@27 tensorflow.raw_ops.XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdamAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulCustomCombinerOnTcGradWithAdamAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_custom_combiner_on_tc_grad_with_adam_and_csr_input
tensor_list@20 tensorflow.raw_ops.XlaSparseDenseMatmulCustomCombinerOnTcGradWithCsrInput tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulCustomCombinerOnTcGradWithCsrInput tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_custom_combiner_on_tc_grad_with_csr_input
tensor_list@28 tensorflow.raw_ops.XlaSparseDenseMatmulCustomCombinerOnTcGradWithFtrlAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulCustomCombinerOnTcGradWithFtrlAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_custom_combiner_on_tc_grad_with_ftrl_and_csr_input
tensor_list@21 tensorflow.raw_ops.XlaSparseDenseMatmulCustomCombinerOnTcGradWithSgdAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulCustomCombinerOnTcGradWithSgdAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_custom_combiner_on_tc_grad_with_sgd_and_csr_input
tensor_list@16 tensorflow.raw_ops.XlaSparseDenseMatmulCustomCombinerOnTcWithCsrInput tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulCustomCombinerOnTcWithCsrInput tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_custom_combiner_on_tc_with_csr_input
tensor_list@13 tensorflow.raw_ops.XlaSparseDenseMatmulGradWithAdagradAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulGradWithAdagradAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_grad_with_adagrad_and_csr_input
tensor_list@15 tensorflow.raw_ops.XlaSparseDenseMatmulGradWithAdagradAndStaticBufferSize tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulGradWithAdagradAndStaticBufferSize tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_grad_with_adagrad_and_static_buffer_size
tensor_list@19 tensorflow.raw_ops.XlaSparseDenseMatmulGradWithAdagradMomentumAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulGradWithAdagradMomentumAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_grad_with_adagrad_momentum_and_csr_input
tensor_list@21 tensorflow.raw_ops.XlaSparseDenseMatmulGradWithAdagradMomentumAndStaticBufferSize tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulGradWithAdagradMomentumAndStaticBufferSize tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_grad_with_adagrad_momentum_and_static_buffer_size
tensor_list@18 tensorflow.raw_ops.XlaSparseDenseMatmulGradWithAdamAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulGradWithAdamAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_grad_with_adam_and_csr_input
tensor_list@20 tensorflow.raw_ops.XlaSparseDenseMatmulGradWithAdamAndStaticBufferSize tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulGradWithAdamAndStaticBufferSize tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_grad_with_adam_and_static_buffer_size
tensor_list@11 tensorflow.raw_ops.XlaSparseDenseMatmulGradWithCsrInput tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulGradWithCsrInput tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_grad_with_csr_input
tensor_list@19 tensorflow.raw_ops.XlaSparseDenseMatmulGradWithFtrlAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulGradWithFtrlAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_grad_with_ftrl_and_csr_input
tensor_list@21 tensorflow.raw_ops.XlaSparseDenseMatmulGradWithFtrlAndStaticBufferSize tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulGradWithFtrlAndStaticBufferSize tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_grad_with_ftrl_and_static_buffer_size
tensor@12 tensorflow.raw_ops.XlaSparseDenseMatmulGradWithSgdAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulGradWithSgdAndCsrInput tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_grad_with_sgd_and_csr_input
tensor@14 tensorflow.raw_ops.XlaSparseDenseMatmulGradWithSgdAndStaticBufferSize tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulGradWithSgdAndStaticBufferSize tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_grad_with_sgd_and_static_buffer_size
tensor@12 tensorflow.raw_ops.XlaSparseDenseMatmulWithCsrInput tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulWithCsrInput tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_with_csr_input
tensor@14 tensorflow.raw_ops.XlaSparseDenseMatmulWithStaticBufferSize tensorflow.python.tpu.ops.gen_xla_ops.XlaSparseDenseMatmulWithStaticBufferSize tensorflow.python.tpu.ops.gen_xla_ops.xla_sparse_dense_matmul_with_static_buffer_size
tensor_list@4 tensorflow.raw_ops.XlaSplitND tensorflow.python.ops.gen_tpu_ops.XlaSplitND tensorflow.python.ops.gen_tpu_ops.xla_split_nd tensorflow.python.tpu.ops.tpu_ops.XlaSplitND
tensor@2 tensorflow.raw_ops.Xlog1py tensorflow.python.ops.gen_math_ops.Xlog1py tensorflow.python.ops.gen_math_ops.xlog1py tensorflow.python.ops.math_ops.Xlog1py tensorflow.python.ops.standard_ops.Xlog1py
tensor@2 tensorflow.raw_ops.Xlogy tensorflow.math.xlogy tensorflow.python.ops.gen_math_ops.Xlogy tensorflow.python.ops.gen_math_ops.xlogy tensorflow.python.ops.math_ops.Xlogy tensorflow.python.ops.math_ops.xlogy tensorflow.python.ops.standard_ops.Xlogy tensorflow.python.ops.standard_ops.xlogy
tensor@1 tensorflow.raw_ops.ZerosLike tensorflow.python.ops.array_ops.ZerosLike tensorflow.python.ops.gen_array_ops.ZerosLike tensorflow.python.ops.gen_array_ops.zeros_like tensorflow.python.ops.standard_ops.ZerosLike
tensor@2 tensorflow.raw_ops.Zeta tensorflow.compat.v1.zeta tensorflow.math.zeta tensorflow.python.ops.gen_math_ops.Zeta tensorflow.python.ops.gen_math_ops.zeta tensorflow.python.ops.math_ops.Zeta tensorflow.python.ops.math_ops.zeta tensorflow.python.ops.standard_ops.Zeta tensorflow.python.ops.standard_ops.zeta
tensor@4 tensorflow.raw_ops.ZipDataset tensorflow.python.ops.gen_dataset_ops.ZipDataset tensorflow.python.ops.gen_dataset_ops.zip_dataset
tensor@2 tensorflow.realdiv tensorflow.python.ops.gen_math_ops.RealDiv tensorflow.python.ops.gen_math_ops.real_div tensorflow.python.ops.math_ops.RealDiv tensorflow.python.ops.math_ops.realdiv tensorflow.python.ops.standard_ops.RealDiv tensorflow.raw_ops.RealDiv
- tensorflow.recompute_grad tensorflow.python.ops.custom_gradient.recompute_grad
- tensorflow.register_tensor_conversion_function tensorflow.python.framework.tensor_conversion_registry.register_tensor_conversion_function
tensor@3 tensorflow.repeat tensorflow.python.ops.array_ops.repeat tensorflow.python.ops.standard_ops.repeat
-@3 tensorflow.required_space_to_batch_paddings tensorflow.python.ops.array_ops.required_space_to_batch_paddings tensorflow.python.ops.standard_ops.required_space_to_batch_paddings
tensor@2 tensorflow.reshape tensorflow.compat.v1.manip.reshape tensorflow.python.ops.array_ops.reshape tensorflow.python.ops.standard_ops.reshape
tensor@2 tensorflow.reverse tensorflow.compat.v1.manip.reverse tensorflow.compat.v1.reverse_v2 tensorflow.python.ops.array_ops.ReverseV2 tensorflow.python.ops.array_ops.reverse tensorflow.python.ops.array_ops.reverse_v2 tensorflow.python.ops.gen_array_ops.ReverseV2 tensorflow.python.ops.gen_array_ops.reverse_v2 tensorflow.python.ops.standard_ops.ReverseV2 tensorflow.python.ops.standard_ops.reverse tensorflow.python.ops.standard_ops.reverse_v2 tensorflow.raw_ops.ReverseV2
tensor@4 tensorflow.reverse_sequence tensorflow.python.ops.array_ops.reverse_sequence_v2 tensorflow.python.ops.standard_ops.reverse_sequence_v2
tensor@4 tensorflow.rfftnd tensorflow.python.ops.gen_spectral_ops.RFFTND tensorflow.python.ops.gen_spectral_ops.rfftnd tensorflow.raw_ops.RFFTND
tensor@3 tensorflow.roll tensorflow.compat.v1.manip.roll tensorflow.python.ops.manip_ops.roll tensorflow.python.ops.standard_ops.roll
- tensorflow.saved_model.Asset tensorflow.python.trackable.asset.Asset
- tensorflow.saved_model.LoadOptions tensorflow.python.saved_model.load_options.LoadOptions
- tensorflow.saved_model.SaveOptions tensorflow.python.saved_model.save_options.SaveOptions
- tensorflow.saved_model.contains_saved_model tensorflow.python.saved_model.loader_impl.contains_saved_model
- tensorflow.saved_model.experimental.Fingerprint tensorflow.python.saved_model.fingerprinting.Fingerprint
- tensorflow.saved_model.experimental.TrackableResource tensorflow.python.trackable.resource.TrackableResource
- tensorflow.saved_model.experimental.VariablePolicy tensorflow.python.saved_model.save_options.VariablePolicy
- tensorflow.saved_model.experimental.read_fingerprint tensorflow.python.saved_model.fingerprinting.read_fingerprint
- tensorflow.saved_model.load tensorflow.compat.v1.saved_model.load_v2 tensorflow.python.saved_model.load.load
- tensorflow.saved_model.save tensorflow.compat.v1.saved_model.experimental.save tensorflow.python.saved_model.save.save
tensor@8 tensorflow.scan tensorflow.python.ops.functional_ops.scan_v2 tensorflow.python.ops.standard_ops.scan_v2
tensor@4 tensorflow.scatter_nd tensorflow.compat.v1.manip.scatter_nd tensorflow.python.ops.array_ops.ScatterNd tensorflow.python.ops.array_ops.scatter_nd tensorflow.python.ops.gen_array_ops.ScatterNd tensorflow.python.ops.gen_array_ops.scatter_nd tensorflow.python.ops.standard_ops.ScatterNd tensorflow.python.ops.standard_ops.scatter_nd tensorflow.raw_ops.ScatterNd
tensor@4 tensorflow.searchsorted tensorflow.python.ops.array_ops.searchsorted tensorflow.python.ops.standard_ops.searchsorted
tensor@3 tensorflow.sequence_mask tensorflow.python.ops.array_ops.sequence_mask tensorflow.python.ops.standard_ops.sequence_mask
tensor tensorflow.sets.difference tensorflow.compat.v1.sets.set_difference tensorflow.python.ops.sets.set_difference tensorflow.python.ops.sets_impl.set_difference
tensor tensorflow.sets.intersection tensorflow.compat.v1.sets.set_intersection tensorflow.python.ops.sets.set_intersection tensorflow.python.ops.sets_impl.set_intersection
tensor tensorflow.sets.size tensorflow.compat.v1.sets.set_size tensorflow.python.ops.sets.set_size tensorflow.python.ops.sets_impl.set_size
tensor tensorflow.sets.union tensorflow.compat.v1.sets.set_union tensorflow.python.ops.sets.set_union tensorflow.python.ops.sets_impl.set_union
tensor@2 tensorflow.shape tensorflow.python.ops.array_ops.shape_v2 tensorflow.python.ops.standard_ops.shape_v2
tensor_list@2 tensorflow.shape_n tensorflow.python.ops.array_ops.shape_n tensorflow.python.ops.standard_ops.shape_n
tensor@5 tensorflow.signal.dct tensorflow.compat.v1.spectral.dct tensorflow.python.ops.signal.dct_ops.dct
tensor@1 tensorflow.signal.fft tensorflow.compat.v1.fft tensorflow.compat.v1.spectral.fft tensorflow.python.ops.gen_spectral_ops.FFT tensorflow.python.ops.gen_spectral_ops.fft tensorflow.python.ops.signal.fft_ops.fft tensorflow.raw_ops.FFT
tensor@1 tensorflow.signal.fft2d tensorflow.compat.v1.fft2d tensorflow.compat.v1.spectral.fft2d tensorflow.python.ops.gen_spectral_ops.FFT2D tensorflow.python.ops.gen_spectral_ops.fft2d tensorflow.python.ops.signal.fft_ops.fft2d tensorflow.raw_ops.FFT2D
tensor@1 tensorflow.signal.fft3d tensorflow.compat.v1.fft3d tensorflow.compat.v1.spectral.fft3d tensorflow.python.ops.gen_spectral_ops.FFT3D tensorflow.python.ops.gen_spectral_ops.fft3d tensorflow.python.ops.signal.fft_ops.fft3d tensorflow.raw_ops.FFT3D
tensor@2 tensorflow.signal.fftshift tensorflow.python.ops.signal.fft_ops.fftshift
tensor@6 tensorflow.signal.frame tensorflow.python.ops.signal.shape_ops.frame
tensor@3 tensorflow.signal.hamming_window tensorflow.python.ops.signal.window_ops.hamming_window
tensor@3 tensorflow.signal.hann_window tensorflow.python.ops.signal.window_ops.hann_window
tensor@5 tensorflow.signal.idct tensorflow.compat.v1.spectral.idct tensorflow.python.ops.signal.dct_ops.idct
tensor@1 tensorflow.signal.ifft tensorflow.compat.v1.ifft tensorflow.compat.v1.spectral.ifft tensorflow.python.ops.gen_spectral_ops.IFFT tensorflow.python.ops.gen_spectral_ops.ifft tensorflow.python.ops.signal.fft_ops.ifft tensorflow.raw_ops.IFFT
tensor@1 tensorflow.signal.ifft2d tensorflow.compat.v1.ifft2d tensorflow.compat.v1.spectral.ifft2d tensorflow.python.ops.gen_spectral_ops.IFFT2D tensorflow.python.ops.gen_spectral_ops.ifft2d tensorflow.python.ops.signal.fft_ops.ifft2d tensorflow.raw_ops.IFFT2D
tensor@1 tensorflow.signal.ifft3d tensorflow.compat.v1.ifft3d tensorflow.compat.v1.spectral.ifft3d tensorflow.python.ops.gen_spectral_ops.IFFT3D tensorflow.python.ops.gen_spectral_ops.ifft3d tensorflow.python.ops.signal.fft_ops.ifft3d tensorflow.raw_ops.IFFT3D
tensor@2 tensorflow.signal.ifftshift tensorflow.python.ops.signal.fft_ops.ifftshift
tensor@3 tensorflow.signal.inverse_mdct tensorflow.python.ops.signal.spectral_ops.inverse_mdct
tensor@5 tensorflow.signal.inverse_stft tensorflow.python.ops.signal.spectral_ops.inverse_stft
-@2 tensorflow.signal.inverse_stft_window_fn tensorflow.python.ops.signal.spectral_ops.inverse_stft_window_fn
tensor@3 tensorflow.signal.kaiser_bessel_derived_window tensorflow.python.ops.signal.window_ops.kaiser_bessel_derived_window
tensor@3 tensorflow.signal.kaiser_window tensorflow.python.ops.signal.window_ops.kaiser_window
tensor@6 tensorflow.signal.linear_to_mel_weight_matrix tensorflow.python.ops.signal.mel_ops.linear_to_mel_weight_matrix
tensor@5 tensorflow.signal.mdct tensorflow.python.ops.signal.spectral_ops.mdct
tensor@1 tensorflow.signal.mfccs_from_log_mel_spectrograms tensorflow.python.ops.signal.mfcc_ops.mfccs_from_log_mel_spectrograms
tensor@2 tensorflow.signal.overlap_and_add tensorflow.python.ops.signal.reconstruction_ops.overlap_and_add
tensor@6 tensorflow.signal.stft tensorflow.python.ops.signal.spectral_ops.stft
tensor@2 tensorflow.signal.vorbis_window tensorflow.python.ops.signal.window_ops.vorbis_window
tensor@2 tensorflow.size tensorflow.python.ops.array_ops.size_v2 tensorflow.python.ops.standard_ops.size_v2
tensor@3 tensorflow.slice tensorflow.python.ops.array_ops.slice tensorflow.python.ops.standard_ops.slice
tensor@3 tensorflow.sort tensorflow.python.ops.sort_ops.sort tensorflow.python.ops.standard_ops.sort
tensor@3 tensorflow.space_to_batch tensorflow.nn.space_to_batch tensorflow.python.ops.array_ops.space_to_batch_v2 tensorflow.python.ops.standard_ops.space_to_batch_v2
tensor@3 tensorflow.space_to_batch_nd tensorflow.compat.v1.manip.space_to_batch_nd tensorflow.python.ops.array_ops.SpaceToBatchND tensorflow.python.ops.array_ops.space_to_batch_nd tensorflow.python.ops.gen_array_ops.SpaceToBatchND tensorflow.python.ops.gen_array_ops.space_to_batch_nd tensorflow.python.ops.standard_ops.SpaceToBatchND tensorflow.python.ops.standard_ops.space_to_batch_nd tensorflow.raw_ops.SpaceToBatchND
tensor tensorflow.sparse.SparseTensor tensorflow.SparseTensor tensorflow.python.framework.sparse_tensor.SparseTensor
tensor tensorflow.sparse.SparseTensor.from_value
tensor tensorflow.sparse.add tensorflow.python.ops.sparse_ops.sparse_add_v2 tensorflow.python.ops.standard_ops.sparse_add_v2
tensor@6 tensorflow.sparse.bincount tensorflow.python.ops.sparse_ops.sparse_bincount tensorflow.python.ops.standard_ops.sparse_bincount
tensor@3 tensorflow.sparse.concat tensorflow.python.ops.sparse_ops.sparse_concat_v2 tensorflow.python.ops.standard_ops.sparse_concat_v2
tensor@1 tensorflow.sparse.cross tensorflow.python.ops.sparse_ops.sparse_cross tensorflow.python.ops.standard_ops.sparse_cross
tensor@3 tensorflow.sparse.cross_hashed tensorflow.python.ops.sparse_ops.sparse_cross_hashed tensorflow.python.ops.standard_ops.sparse_cross_hashed
tensor@2 tensorflow.sparse.expand_dims tensorflow.python.ops.sparse_ops.sparse_expand_dims tensorflow.python.ops.standard_ops.sparse_expand_dims
tensor@3 tensorflow.sparse.eye tensorflow.python.ops.sparse_ops.sparse_eye tensorflow.python.ops.standard_ops.sparse_eye
tensor_list@2 tensorflow.sparse.fill_empty_rows tensorflow.compat.v1.sparse_fill_empty_rows tensorflow.python.ops.sparse_ops.sparse_fill_empty_rows tensorflow.python.ops.standard_ops.sparse_fill_empty_rows
tensor@1 tensorflow.sparse.from_dense tensorflow.python.ops.sparse_ops.from_dense tensorflow.python.ops.standard_ops.from_dense
tensor tensorflow.sparse.map_values tensorflow.python.ops.sparse_ops.map_values tensorflow.python.ops.standard_ops.map_values
tensor@2 tensorflow.sparse.mask tensorflow.compat.v1.sparse_mask tensorflow.python.ops.array_ops.sparse_mask tensorflow.python.ops.standard_ops.sparse_mask
tensor@2 tensorflow.sparse.maximum tensorflow.compat.v1.sparse_maximum tensorflow.python.ops.sparse_ops.sparse_maximum tensorflow.python.ops.standard_ops.sparse_maximum
tensor@2 tensorflow.sparse.minimum tensorflow.compat.v1.sparse_minimum tensorflow.python.ops.sparse_ops.sparse_minimum tensorflow.python.ops.standard_ops.sparse_minimum
tensor@4 tensorflow.sparse.reduce_max tensorflow.python.ops.sparse_ops.sparse_reduce_max_v2 tensorflow.python.ops.standard_ops.sparse_reduce_max_v2
tensor@4 tensorflow.sparse.reduce_sum tensorflow.python.ops.sparse_ops.sparse_reduce_sum_v2 tensorflow.python.ops.standard_ops.sparse_reduce_sum_v2
tensor@1 tensorflow.sparse.reorder tensorflow.compat.v1.sparse_reorder tensorflow.python.ops.sparse_ops.sparse_reorder tensorflow.python.ops.standard_ops.sparse_reorder
tensor tensorflow.sparse.reset_shape tensorflow.compat.v1.sparse_reset_shape tensorflow.python.ops.sparse_ops.sparse_reset_shape tensorflow.python.ops.standard_ops.sparse_reset_shape
tensor@2 tensorflow.sparse.reshape tensorflow.compat.v1.sparse_reshape tensorflow.python.ops.sparse_ops.sparse_reshape tensorflow.python.ops.standard_ops.sparse_reshape
tensor tensorflow.sparse.retain tensorflow.compat.v1.sparse_retain tensorflow.python.ops.sparse_ops.sparse_retain tensorflow.python.ops.standard_ops.sparse_retain
tensor_list tensorflow.sparse.sampled_addmm tensorflow.python.ops.math_ops.sampled_addmm tensorflow.python.ops.standard_ops.sampled_addmm
tensor@4 tensorflow.sparse.segment_mean tensorflow.python.ops.math_ops.sparse_segment_mean_v2 tensorflow.python.ops.standard_ops.sparse_segment_mean_v2
tensor@4 tensorflow.sparse.segment_sqrt_n tensorflow.python.ops.math_ops.sparse_segment_sqrt_n_v2 tensorflow.python.ops.standard_ops.sparse_segment_sqrt_n_v2
tensor@4 tensorflow.sparse.segment_sum tensorflow.python.ops.math_ops.sparse_segment_sum_v2 tensorflow.python.ops.standard_ops.sparse_segment_sum_v2
tensor_list@3 tensorflow.sparse.slice tensorflow.compat.v1.sparse_slice tensorflow.python.ops.sparse_ops.sparse_slice tensorflow.python.ops.standard_ops.sparse_slice
tensor@1 tensorflow.sparse.softmax tensorflow.compat.v1.sparse_softmax tensorflow.python.ops.sparse_ops.sparse_softmax tensorflow.python.ops.standard_ops.sparse_softmax
tensor@4 tensorflow.sparse.sparse_dense_matmul tensorflow.compat.v1.sparse.matmul tensorflow.compat.v1.sparse_tensor_dense_matmul tensorflow.python.ops.sparse_ops.sparse_tensor_dense_matmul tensorflow.python.ops.standard_ops.sparse_tensor_dense_matmul
tensor_list@3 tensorflow.sparse.split tensorflow.python.ops.sparse_ops.sparse_split_v2 tensorflow.python.ops.standard_ops.sparse_split_v2
tensor@3 tensorflow.sparse.to_dense tensorflow.compat.v1.sparse_tensor_to_dense tensorflow.python.ops.sparse_ops.sparse_tensor_to_dense tensorflow.python.ops.standard_ops.sparse_tensor_to_dense
tensor@2 tensorflow.sparse.to_indicator tensorflow.compat.v1.sparse_to_indicator tensorflow.python.ops.sparse_ops.sparse_to_indicator tensorflow.python.ops.standard_ops.sparse_to_indicator
tensor@2 tensorflow.sparse.transpose tensorflow.compat.v1.sparse_transpose tensorflow.python.ops.sparse_ops.sparse_transpose tensorflow.python.ops.standard_ops.sparse_transpose
tensor@4 tensorflow.split tensorflow.python.ops.array_ops.split
tensor@2 tensorflow.squeeze tensorflow.python.ops.array_ops.squeeze_v2
tensor@2 tensorflow.stack tensorflow.python.ops.array_ops_stack.stack
tensor@1 tensorflow.stop_gradient tensorflow.python.ops.array_ops.stop_gradient
tensor@10 tensorflow.strided_slice tensorflow.python.ops.array_ops.strided_slice tensorflow.python.ops.standard_ops.strided_slice
tensor@6 tensorflow.strings.as_string tensorflow.as_string tensorflow.compat.v1.dtypes.as_string tensorflow.python.ops.gen_string_ops.AsString tensorflow.python.ops.gen_string_ops.as_string tensorflow.python.ops.standard_ops.AsString tensorflow.python.ops.standard_ops.as_string tensorflow.python.ops.string_ops.AsString tensorflow.python.ops.string_ops.as_string tensorflow.raw_ops.AsString
tensor@1 tensorflow.strings.bytes_split tensorflow.python.ops.ragged.ragged_string_ops.string_bytes_split
tensor@4 tensorflow.strings.format tensorflow.python.ops.standard_ops.string_format tensorflow.python.ops.string_ops.string_format
tensor@2 tensorflow.strings.join tensorflow.compat.v1.string_join tensorflow.python.ops.standard_ops.string_join tensorflow.python.ops.string_ops.string_join
tensor@2 tensorflow.strings.length tensorflow.python.ops.standard_ops.string_length_v2 tensorflow.python.ops.string_ops.string_length_v2
tensor@2 tensorflow.strings.lower tensorflow.python.ops.gen_string_ops.StringLower tensorflow.python.ops.gen_string_ops.string_lower tensorflow.python.ops.standard_ops.StringLower tensorflow.python.ops.standard_ops.string_lower tensorflow.python.ops.string_ops.StringLower tensorflow.python.ops.string_ops.string_lower tensorflow.raw_ops.StringLower
tensor@6 tensorflow.strings.ngrams tensorflow.python.ops.ragged.ragged_string_ops.ngrams
tensor@4 tensorflow.strings.reduce_join tensorflow.python.ops.standard_ops.reduce_join_v2 tensorflow.python.ops.string_ops.reduce_join_v2
tensor@2 tensorflow.strings.regex_full_match tensorflow.python.ops.standard_ops.regex_full_match tensorflow.python.ops.string_ops.regex_full_match
tensor@4 tensorflow.strings.regex_replace tensorflow.compat.v1.regex_replace tensorflow.python.ops.standard_ops.regex_replace tensorflow.python.ops.string_ops.regex_replace
tensor@3 tensorflow.strings.split tensorflow.python.ops.ragged.ragged_string_ops.string_split_v2
tensor@1 tensorflow.strings.strip tensorflow.compat.v1.string_strip tensorflow.python.ops.gen_string_ops.StringStrip tensorflow.python.ops.gen_string_ops.string_strip tensorflow.python.ops.standard_ops.StringStrip tensorflow.python.ops.standard_ops.string_strip tensorflow.python.ops.string_ops.StringStrip tensorflow.python.ops.string_ops.string_strip tensorflow.raw_ops.StringStrip
tensor@4 tensorflow.strings.substr tensorflow.python.ops.standard_ops.substr_v2 tensorflow.python.ops.string_ops.substr_v2
tensor@2 tensorflow.strings.to_hash_bucket tensorflow.python.ops.standard_ops.string_to_hash_bucket tensorflow.python.ops.string_ops.string_to_hash_bucket
tensor@2 tensorflow.strings.to_hash_bucket_fast tensorflow.compat.v1.string_to_hash_bucket_fast tensorflow.python.ops.gen_string_ops.StringToHashBucketFast tensorflow.python.ops.gen_string_ops.string_to_hash_bucket_fast tensorflow.python.ops.standard_ops.StringToHashBucketFast tensorflow.python.ops.standard_ops.string_to_hash_bucket_fast tensorflow.python.ops.string_ops.StringToHashBucketFast tensorflow.python.ops.string_ops.string_to_hash_bucket_fast tensorflow.raw_ops.StringToHashBucketFast
tensor@3 tensorflow.strings.to_hash_bucket_strong tensorflow.compat.v1.string_to_hash_bucket_strong tensorflow.python.ops.gen_string_ops.StringToHashBucketStrong tensorflow.python.ops.gen_string_ops.string_to_hash_bucket_strong tensorflow.python.ops.standard_ops.StringToHashBucketStrong tensorflow.python.ops.standard_ops.string_to_hash_bucket_strong tensorflow.python.ops.string_ops.StringToHashBucketStrong tensorflow.python.ops.string_ops.string_to_hash_bucket_strong tensorflow.raw_ops.StringToHashBucketStrong
tensor@2 tensorflow.strings.to_number tensorflow.python.ops.standard_ops.string_to_number tensorflow.python.ops.string_ops.string_to_number
tensor@5 tensorflow.strings.unicode_decode tensorflow.python.ops.ragged.ragged_string_ops.unicode_decode
tensor_list@5 tensorflow.strings.unicode_decode_with_offsets tensorflow.python.ops.ragged.ragged_string_ops.unicode_decode_with_offsets
tensor@4 tensorflow.strings.unicode_encode tensorflow.python.ops.ragged.ragged_string_ops.unicode_encode
tensor@1 tensorflow.strings.unicode_script tensorflow.python.ops.gen_string_ops.UnicodeScript tensorflow.python.ops.gen_string_ops.unicode_script tensorflow.python.ops.standard_ops.UnicodeScript tensorflow.python.ops.standard_ops.unicode_script tensorflow.python.ops.string_ops.UnicodeScript tensorflow.python.ops.string_ops.unicode_script tensorflow.raw_ops.UnicodeScript
tensor@4 tensorflow.strings.unicode_split tensorflow.python.ops.ragged.ragged_string_ops.unicode_split
tensor_list@4 tensorflow.strings.unicode_split_with_offsets tensorflow.python.ops.ragged.ragged_string_ops.unicode_split_with_offsets
tensor@6 tensorflow.strings.unicode_transcode tensorflow.python.ops.gen_string_ops.UnicodeTranscode tensorflow.python.ops.gen_string_ops.unicode_transcode tensorflow.python.ops.standard_ops.UnicodeTranscode tensorflow.python.ops.standard_ops.unicode_transcode tensorflow.python.ops.string_ops.UnicodeTranscode tensorflow.python.ops.string_ops.unicode_transcode tensorflow.raw_ops.UnicodeTranscode
tensor@4 tensorflow.strings.unsorted_segment_join tensorflow.python.ops.standard_ops.unsorted_segment_join tensorflow.python.ops.string_ops.unsorted_segment_join
tensor@2 tensorflow.strings.upper tensorflow.python.ops.gen_string_ops.StringUpper tensorflow.python.ops.gen_string_ops.string_upper tensorflow.python.ops.standard_ops.StringUpper tensorflow.python.ops.standard_ops.string_upper tensorflow.python.ops.string_ops.StringUpper tensorflow.python.ops.string_ops.string_upper tensorflow.raw_ops.StringUpper
- tensorflow.summary.SummaryWriter tensorflow.python.ops.summary_ops_v2.SummaryWriter
-@0 tensorflow.summary.audio tensorflow.python.summary.tb_summary.audio
-@4 tensorflow.summary.create_file_writer tensorflow.python.ops.summary_ops_v2.create_file_writer_v2
- tensorflow.summary.create_noop_writer tensorflow.python.ops.summary_ops_v2.create_noop_writer
- tensorflow.summary.experimental.get_step tensorflow.python.ops.summary_ops_v2.get_step
- tensorflow.summary.experimental.set_step tensorflow.python.ops.summary_ops_v2.set_step
-@0 tensorflow.summary.experimental.summary_scope tensorflow.python.ops.summary_ops_v2.summary_scope
-@2 tensorflow.summary.experimental.write_raw_pb tensorflow.python.ops.summary_ops_v2.write_raw_pb
-@1 tensorflow.summary.flush tensorflow.python.ops.summary_ops_v2.flush
- tensorflow.summary.graph tensorflow.python.ops.summary_ops_v2.graph
-@0 tensorflow.summary.histogram tensorflow.python.summary.tb_summary.histogram
-@0 tensorflow.summary.image tensorflow.python.summary.tb_summary.image
- tensorflow.summary.record_if tensorflow.python.ops.summary_ops_v2.record_if
-@0 tensorflow.summary.scalar tensorflow.python.summary.tb_summary.scalar
- tensorflow.summary.should_record_summaries tensorflow.python.ops.summary_ops_v2.should_record_summaries
-@0 tensorflow.summary.text tensorflow.python.summary.tb_summary.text
-@0 tensorflow.summary.trace_export tensorflow.python.ops.summary_ops_v2.trace_export
- tensorflow.summary.trace_off tensorflow.python.ops.summary_ops_v2.trace_off
- tensorflow.summary.trace_on tensorflow.python.ops.summary_ops_v2.trace_on
-@4 tensorflow.summary.write tensorflow.python.ops.summary_ops_v2.write
tensor@3 tensorflow.switch_case tensorflow.python.ops.control_flow_switch_case.switch_case
- tensorflow.sysconfig.get_build_info tensorflow.python.platform.sysconfig.get_build_info
- tensorflow.sysconfig.get_compile_flags tensorflow.python.platform.sysconfig.get_compile_flags
- tensorflow.sysconfig.get_include tensorflow.python.platform.sysconfig.get_include
- tensorflow.sysconfig.get_lib tensorflow.python.platform.sysconfig.get_lib
- tensorflow.sysconfig.get_link_flags tensorflow.python.platform.sysconfig.get_link_flags
tensor@4 tensorflow.tensor_scatter_nd_add tensorflow.compat.v1.tensor_scatter_add tensorflow.python.ops.array_ops.TensorScatterAdd tensorflow.python.ops.array_ops.tensor_scatter_add tensorflow.python.ops.gen_array_ops.TensorScatterAdd tensorflow.python.ops.gen_array_ops.tensor_scatter_add tensorflow.python.ops.standard_ops.TensorScatterAdd tensorflow.python.ops.standard_ops.tensor_scatter_add tensorflow.raw_ops.TensorScatterAdd
tensor@4 tensorflow.tensor_scatter_nd_max tensorflow.python.ops.array_ops.TensorScatterMax tensorflow.python.ops.array_ops.tensor_scatter_max tensorflow.python.ops.gen_array_ops.TensorScatterMax tensorflow.python.ops.gen_array_ops.tensor_scatter_max tensorflow.python.ops.standard_ops.TensorScatterMax tensorflow.python.ops.standard_ops.tensor_scatter_max tensorflow.raw_ops.TensorScatterMax
tensor@4 tensorflow.tensor_scatter_nd_min tensorflow.python.ops.array_ops.TensorScatterMin tensorflow.python.ops.array_ops.tensor_scatter_min tensorflow.python.ops.gen_array_ops.TensorScatterMin tensorflow.python.ops.gen_array_ops.tensor_scatter_min tensorflow.python.ops.standard_ops.TensorScatterMin tensorflow.python.ops.standard_ops.tensor_scatter_min tensorflow.raw_ops.TensorScatterMin
tensor@4 tensorflow.tensor_scatter_nd_sub tensorflow.compat.v1.tensor_scatter_sub tensorflow.python.ops.array_ops.TensorScatterSub tensorflow.python.ops.array_ops.tensor_scatter_sub tensorflow.python.ops.gen_array_ops.TensorScatterSub tensorflow.python.ops.gen_array_ops.tensor_scatter_sub tensorflow.python.ops.standard_ops.TensorScatterSub tensorflow.python.ops.standard_ops.tensor_scatter_sub tensorflow.raw_ops.TensorScatterSub
tensor@3 tensorflow.tensor_scatter_nd_update tensorflow.compat.v1.tensor_scatter_update tensorflow.python.ops.array_ops.tensor_scatter_nd_update tensorflow.python.ops.standard_ops.tensor_scatter_nd_update
tensor@3 tensorflow.tensordot tensorflow.linalg.tensordot tensorflow.python.ops.linalg.linalg_impl.tensordot tensorflow.python.ops.math_ops.tensordot tensorflow.python.ops.standard_ops.tensordot
- tensorflow.test.Benchmark tensorflow.python.eager.test.Benchmark tensorflow.python.platform.benchmark.TensorFlowBenchmark tensorflow.python.platform.googletest.Benchmark tensorflow.python.platform.test.Benchmark
- tensorflow.test.TestCase tensorflow.python.eager.test.TestCase tensorflow.python.framework.test_util.TensorFlowTestCase tensorflow.python.platform.test.TestCase
- tensorflow.test.assert_equal_graph_def tensorflow.python.framework.test_util.assert_equal_graph_def_v2
- tensorflow.test.benchmark_config tensorflow.python.platform.benchmark.benchmark_config
- tensorflow.test.compute_gradient tensorflow.python.ops.gradient_checker_v2.compute_gradient
- tensorflow.test.create_local_cluster tensorflow.python.eager.test.create_local_cluster tensorflow.python.framework.test_util.create_local_cluster tensorflow.python.platform.test.create_local_cluster
- tensorflow.test.disable_with_predicate tensorflow.python.eager.test.disable_with_predicate tensorflow.python.platform.test.disable_with_predicate
- tensorflow.test.experimental.sync_devices tensorflow.python.framework.test_util.sync_devices
- tensorflow.test.gpu_device_name tensorflow.python.eager.test.gpu_device_name tensorflow.python.framework.test_util.gpu_device_name tensorflow.python.platform.test.gpu_device_name
- tensorflow.test.is_built_with_cuda tensorflow.python.eager.test.is_built_with_cuda tensorflow.python.platform.test.is_built_with_cuda
- tensorflow.test.is_built_with_gpu_support tensorflow.python.eager.test.is_built_with_gpu_support tensorflow.python.platform.test.is_built_with_gpu_support
- tensorflow.test.is_built_with_rocm tensorflow.python.eager.test.is_built_with_rocm tensorflow.python.platform.test.is_built_with_rocm
- tensorflow.test.is_built_with_xla tensorflow.python.eager.test.is_built_with_xla tensorflow.python.platform.test.is_built_with_xla
- tensorflow.test.is_cpu_target_available tensorflow.python.eager.test.is_cpu_target_available tensorflow.python.platform.test.is_cpu_target_available
- tensorflow.test.is_gpu_available tensorflow.python.eager.test.is_gpu_available tensorflow.python.framework.test_util.is_gpu_available tensorflow.python.platform.test.is_gpu_available
- tensorflow.test.main tensorflow.python.platform.test.main
- tensorflow.test.with_eager_op_as_function tensorflow.python.framework.test_util.with_eager_op_as_function
tensor@2 tensorflow.tile tensorflow.compat.v1.manip.tile tensorflow.python.ops.array_ops.Tile tensorflow.python.ops.array_ops.tile tensorflow.python.ops.gen_array_ops.Tile tensorflow.python.ops.gen_array_ops.tile tensorflow.python.ops.standard_ops.Tile tensorflow.python.ops.standard_ops.tile tensorflow.raw_ops.Tile
tensor@0 tensorflow.timestamp tensorflow.python.ops.gen_logging_ops.Timestamp tensorflow.python.ops.gen_logging_ops.timestamp tensorflow.python.ops.logging_ops.Timestamp tensorflow.python.ops.logging_ops.timestamp tensorflow.python.ops.standard_ops.timestamp tensorflow.raw_ops.Timestamp
- tensorflow.tpu.XLAOptions tensorflow.python.tpu.tpu.XLAOptions
- tensorflow.tpu.experimental.DeviceAssignment tensorflow.python.tpu.device_assignment.DeviceAssignment
- tensorflow.tpu.experimental.DeviceOrderMode tensorflow.python.tpu.device_assignment.DeviceOrderMode
- tensorflow.tpu.experimental.HardwareFeature tensorflow.python.tpu.tpu_hardware_feature.HardwareFeature
- tensorflow.tpu.experimental.TPUSystemMetadata tensorflow.python.tpu.tpu_system_metadata.TPUSystemMetadata
- tensorflow.tpu.experimental.Topology tensorflow.python.tpu.device_assignment.Topology tensorflow.python.tpu.topology.Topology
- tensorflow.tpu.experimental.embedding.Adagrad tensorflow.python.tpu.tpu_embedding_v2_utils.Adagrad
- tensorflow.tpu.experimental.embedding.AdagradMomentum tensorflow.python.tpu.tpu_embedding_v2_utils.AdagradMomentum
- tensorflow.tpu.experimental.embedding.Adam tensorflow.python.tpu.tpu_embedding_v2_utils.Adam
- tensorflow.tpu.experimental.embedding.CustomCombiner tensorflow.python.tpu.tpu_embedding_v2_utils.CustomCombiner
- tensorflow.tpu.experimental.embedding.CustomOptimizer tensorflow.python.tpu.tpu_embedding_v2_utils.CustomOptimizer
- tensorflow.tpu.experimental.embedding.FTRL tensorflow.python.tpu.tpu_embedding_v2_utils.FTRL
-@4 tensorflow.tpu.experimental.embedding.FeatureConfig tensorflow.python.tpu.tpu_embedding_v2_utils.FeatureConfig
- tensorflow.tpu.experimental.embedding.QuantizationConfig tensorflow.python.tpu.tpu_embedding_v2_utils.QuantizationConfig tensorflow.python.tpu.tpu_embedding_v3.QuantizationConfig
- tensorflow.tpu.experimental.embedding.RowIdInitializer tensorflow.python.tpu.tpu_embedding_v2_utils.RowIdInitializer
- tensorflow.tpu.experimental.embedding.SGD tensorflow.python.tpu.tpu_embedding_v2_utils.SGD
- tensorflow.tpu.experimental.embedding.SparseCoreEmbeddingConfig tensorflow.python.tpu.tpu_embedding_v3.SparseCoreEmbeddingConfig
- tensorflow.tpu.experimental.embedding.TPUEmbedding tensorflow.python.tpu.tpu_embedding_v2.TPUEmbedding
- tensorflow.tpu.experimental.embedding.TPUEmbeddingForServing tensorflow.python.tpu.tpu_embedding_for_serving.TPUEmbeddingForServing
- tensorflow.tpu.experimental.embedding.TPUEmbeddingV0 tensorflow.python.tpu.tpu_embedding_v1.TPUEmbeddingV0
- tensorflow.tpu.experimental.embedding.TPUEmbeddingV2 tensorflow.python.tpu.tpu_embedding_v3.TPUEmbeddingV2
-@5 tensorflow.tpu.experimental.embedding.TableConfig tensorflow.python.tpu.tpu_embedding_v2_utils.TableConfig tensorflow.python.tpu.tpu_embedding_v3.FeatureConfig tensorflow.python.tpu.tpu_embedding_v3.TableConfig
- tensorflow.tpu.experimental.embedding.serving_embedding_lookup tensorflow.python.tpu.tpu_embedding_for_serving.cpu_embedding_lookup
- tensorflow.tpu.experimental.initialize_tpu_system tensorflow.python.distribute.cluster_resolver.tpu.tpu_cluster_resolver.initialize_tpu_system tensorflow.python.distribute.cluster_resolver.tpu_cluster_resolver.initialize_tpu_system
- tensorflow.tpu.experimental.shutdown_tpu_system tensorflow.python.distribute.cluster_resolver.tpu.tpu_cluster_resolver.shutdown_tpu_system tensorflow.python.distribute.cluster_resolver.tpu_cluster_resolver.shutdown_tpu_system
- tensorflow.train.BytesList tensorflow.core.example.feature_pb2.BytesList tensorflow.python.training.training.BytesList
- tensorflow.train.Checkpoint tensorflow.python.checkpoint.checkpoint.Checkpoint tensorflow.python.training.training.Checkpoint
- tensorflow.train.CheckpointManager tensorflow.python.checkpoint.checkpoint_management.CheckpointManager
- tensorflow.train.CheckpointOptions tensorflow.python.checkpoint.checkpoint_options.CheckpointOptions
- tensorflow.train.CheckpointView tensorflow.python.checkpoint.checkpoint_view.CheckpointView tensorflow.python.training.training.CheckpointView
- tensorflow.train.ClusterDef tensorflow.core.protobuf.cluster_pb2.ClusterDef tensorflow.python.training.training.ClusterDef
- tensorflow.train.ClusterSpec tensorflow.python.distribute.cluster_resolver.cluster_resolver.ClusterSpec tensorflow.python.distribute.cluster_resolver.gce_cluster_resolver.ClusterSpec tensorflow.python.distribute.cluster_resolver.slurm_cluster_resolver.ClusterSpec tensorflow.python.distribute.cluster_resolver.tfconfig_cluster_resolver.ClusterSpec tensorflow.python.training.server_lib.ClusterSpec tensorflow.python.training.training.ClusterSpec
- tensorflow.train.Coordinator tensorflow.python.training.coordinator.Coordinator tensorflow.python.training.training.Coordinator
- tensorflow.train.Example tensorflow.core.example.example_pb2.Example tensorflow.python.training.training.Example
-@3 tensorflow.train.ExponentialMovingAverage tensorflow.python.training.moving_averages.ExponentialMovingAverage tensorflow.python.training.training.ExponentialMovingAverage
- tensorflow.train.Feature tensorflow.core.example.feature_pb2.Feature tensorflow.python.training.training.Feature
- tensorflow.train.FeatureList tensorflow.core.example.feature_pb2.FeatureList tensorflow.python.training.training.FeatureList
- tensorflow.train.FeatureLists tensorflow.core.example.feature_pb2.FeatureLists tensorflow.python.training.training.FeatureLists
- tensorflow.train.Features tensorflow.core.example.feature_pb2.Features tensorflow.python.training.training.Features
- tensorflow.train.FloatList tensorflow.core.example.feature_pb2.FloatList tensorflow.python.training.training.FloatList
- tensorflow.train.Int64List tensorflow.core.example.feature_pb2.Int64List tensorflow.python.training.training.Int64List
- tensorflow.train.JobDef tensorflow.core.protobuf.cluster_pb2.JobDef tensorflow.python.training.training.JobDef
- tensorflow.train.SequenceExample tensorflow.core.example.example_pb2.SequenceExample tensorflow.python.training.training.SequenceExample
- tensorflow.train.ServerDef tensorflow.core.protobuf.tensorflow_server_pb2.ServerDef tensorflow.python.eager.remote.ServerDef tensorflow.python.training.training.ServerDef
- tensorflow.train.TrackableView tensorflow.python.checkpoint.trackable_view.TrackableView
- tensorflow.train.checkpoints_iterator tensorflow.python.training.checkpoint_utils.checkpoints_iterator
- tensorflow.train.experimental.MaxShardSizePolicy tensorflow.python.checkpoint.sharding.sharding_policies.MaxShardSizePolicy
- tensorflow.train.experimental.PythonState tensorflow.python.trackable.python_state.PythonState tensorflow.python.training.training.PythonState
- tensorflow.train.experimental.ShardByTaskPolicy tensorflow.python.checkpoint.sharding.sharding_policies.ShardByTaskPolicy
-@4 tensorflow.train.experimental.ShardableTensor tensorflow.python.checkpoint.sharding.sharding_util.ShardableTensor
- tensorflow.train.experimental.ShardingCallback tensorflow.python.checkpoint.sharding.sharding_util.ShardingCallback
- tensorflow.train.get_checkpoint_state tensorflow.python.checkpoint.checkpoint_management.get_checkpoint_state tensorflow.python.training.saver.get_checkpoint_state tensorflow.python.training.training.get_checkpoint_state
- tensorflow.train.latest_checkpoint tensorflow.python.checkpoint.checkpoint_management.latest_checkpoint tensorflow.python.training.saver.latest_checkpoint tensorflow.python.training.training.latest_checkpoint
- tensorflow.train.list_variables tensorflow.python.training.checkpoint_utils.list_variables tensorflow.python.training.training.list_variables
- tensorflow.train.load_checkpoint tensorflow.python.training.checkpoint_utils.load_checkpoint tensorflow.python.training.training.load_checkpoint
-@1 tensorflow.train.load_variable tensorflow.python.training.checkpoint_utils.load_variable tensorflow.python.training.training.load_variable
tensor@3 tensorflow.transpose tensorflow.python.ops.array_ops.transpose_v2
tensor@2 tensorflow.truncatediv tensorflow.python.ops.gen_math_ops.TruncateDiv tensorflow.python.ops.gen_math_ops.truncate_div tensorflow.python.ops.math_ops.TruncateDiv tensorflow.python.ops.math_ops.truncatediv tensorflow.python.ops.standard_ops.TruncateDiv tensorflow.raw_ops.TruncateDiv
tensor@2 tensorflow.truncatemod tensorflow.python.ops.gen_math_ops.TruncateMod tensorflow.python.ops.gen_math_ops.truncate_mod tensorflow.python.ops.math_ops.TruncateMod tensorflow.python.ops.math_ops.truncatemod tensorflow.python.ops.standard_ops.TruncateMod tensorflow.raw_ops.TruncateMod
tensor@2 tensorflow.tuple tensorflow.python.ops.control_flow_grad.tuple_v2 tensorflow.python.ops.control_flow_ops.tuple_v2
spec tensorflow.type_spec_from_value tensorflow.python.framework.type_spec.type_spec_from_value
- tensorflow.types.experimental.AtomicFunction tensorflow.python.types.core.AtomicFunction
- tensorflow.types.experimental.Callable tensorflow.python.types.core.Callable
- tensorflow.types.experimental.ConcreteFunction tensorflow.python.types.core.ConcreteFunction
- tensorflow.types.experimental.FunctionType tensorflow.python.types.core.FunctionType
- tensorflow.types.experimental.PolymorphicFunction tensorflow.python.types.core.PolymorphicFunction tensorflow.types.experimental.GenericFunction
- tensorflow.types.experimental.SupportsTracingProtocol tensorflow.python.types.trace.SupportsTracingProtocol
- tensorflow.types.experimental.TraceType tensorflow.python.types.trace.TraceType
- tensorflow.types.experimental.distributed.Mirrored tensorflow.python.types.distribute.Mirrored
- tensorflow.types.experimental.distributed.PerReplica tensorflow.python.types.distribute.PerReplica
tensor_list@2 tensorflow.unique tensorflow.python.ops.array_ops.unique tensorflow.python.ops.standard_ops.unique
tensor_list@2 tensorflow.unique_with_counts tensorflow.python.ops.array_ops.unique_with_counts tensorflow.python.ops.standard_ops.unique_with_counts
tensor@2 tensorflow.unravel_index tensorflow.python.ops.array_ops.UnravelIndex tensorflow.python.ops.array_ops.unravel_index tensorflow.python.ops.gen_array_ops.UnravelIndex tensorflow.python.ops.gen_array_ops.unravel_index tensorflow.python.ops.standard_ops.UnravelIndex tensorflow.python.ops.standard_ops.unravel_index tensorflow.raw_ops.UnravelIndex
tensor@3 tensorflow.unstack tensorflow.python.ops.array_ops_stack.unstack
- tensorflow.variable_creator_scope tensorflow.python.ops.variable_scope.variable_creator_scope
tensor tensorflow.vectorized_map tensorflow.python.ops.parallel_for.control_flow_ops.vectorized_map tensorflow.python.ops.standard_ops.vectorized_map
-@3 tensorflow.where tensorflow.compat.v1.where_v2 tensorflow.python.ops.array_ops.where_v2 tensorflow.python.ops.standard_ops.where_v2
tensor@8 tensorflow.while_loop tensorflow.python.ops.while_loop.while_loop_v2
- tensorflow.xla.experimental.compile tensorflow.python.compiler.xla.xla.compile
- tensorflow.xla.experimental.jit_scope tensorflow.python.compiler.xla.jit.experimental_jit_scope
tensor@2 tensorflow.zeros tensorflow.python.ops.array_ops.zeros tensorflow.python.ops.standard_ops.zeros
- tensorflow.zeros_initializer tensorflow.python.ops.init_ops_v2.Zeros tensorflow.python.ops.init_ops_v2.zero tensorflow.python.ops.init_ops_v2.zeros tensorflow.python.ops.init_ops_v2.zeros_initializer
tensor@2 tensorflow.zeros_like tensorflow.python.ops.array_ops.zeros_like_v2
"""

#: Public method names of TensorFlow's value classes that tell what an object is: class -> (the kind
#: of its instances, its names).
METHODS = {
    "tensorflow.Variable": ("variable", "assign assign_add assign_sub batch_scatter_update count_up_to gather_nd get_shape initialized_value read_value scatter_add scatter_div scatter_max scatter_min scatter_mul scatter_nd_add scatter_nd_sub scatter_nd_update scatter_sub scatter_update sparse_read to_proto"),
    "tensorflow.RaggedTensor": ("tensor", "bounding_shape merge_dims nested_row_lengths nested_value_rowids nrows row_lengths row_limits row_starts to_sparse to_tensor value_rowids with_flat_values with_row_splits_dtype with_values"),
    "tensorflow.TensorShape": ("shape", "as_list as_proto assert_has_rank assert_is_compatible_with assert_is_fully_defined assert_same_rank experimental_as_proto from_tensors is_compatible_with is_fully_defined is_subtype_of merge_with most_specific_common_supertype most_specific_compatible_shape num_elements placeholder_value to_tensors with_rank with_rank_at_least with_rank_at_most"),
    "tensorflow.TensorSpec": ("spec", "most_specific_compatible_type"),
    "tensorflow.GradientTape": ("tape", "batch_jacobian jacobian stop_recording watched_variables"),
    "tensorflow.distribute.Strategy": ("strategy", "colocate_vars_with distribute_datasets_from_function experimental_distribute_dataset experimental_distribute_datasets_from_function experimental_distribute_values_from_function experimental_local_results experimental_run make_dataset_iterator make_input_fn_iterator update_config_proto"),
    "keras.optimizers.Optimizer": ("optimizer", "add_optimizer_variables add_variable add_variable_from_reference apply_gradients exclude_from_weight_decay finalize_variable_values load_own_variables save_own_variables scale_loss set_weights stateless_apply update_step"),
    "tensorflow.data.Dataset": ("dataset", "as_numpy_iterator batch bucket_by_sequence_length cache cardinality fingerprint flat_map get_single_element group_by_window ignore_errors interleave padded_batch prefetch ragged_batch rebatch rejection_resample shard shuffle snapshot sparse_batch take_while unbatch with_options"),
    "keras.metrics.Metric": ("metric", "add_weight reset_state stateless_reset_state stateless_result stateless_update_state update_state"),
}

#: Every method name of the libraries' classes and of Python's builtin types.
METHOD_NAMES = """
ByteSize CleanUp Clear ClearExtension ClearField CopyFrom DiscardUnknownFields Dismantle
FindInitializationErrors FromString HasExtension HasField IsInitialized ListFields Loop MergeFrom
MergeFromString ParseFromString PrepareSession RequestStop SerializePartialToString
SerializeToString Set SetInParent ShouldStop SmartSet SmartUnsetAll StartQueueRunners
StartStandardServices Stop StopOnException SummaryComputed UnknownFields UnsetAll VARIABLES
WaitForStop WhichOneof _AssertProtoEquals _CheckCalledFromGeneratedFile _CheckpointFilename
_ClearCachedSession _GetNdArray _GetPyList _ListFieldsItemKey _MaybeDeleteOldCheckpoints
_NDArrayNear _OverloadAllOperators _OverloadOperator _RecordLastCheckpoint _SetListener
_TensorConversionFunction _TypeSpec__check_tensor_list _TypeSpec__get_cmp_key
_TypeSpec__is_compatible _TypeSpec__make_cmp_key _TypeSpec__nested_list_to_tuple
_TypeSpec__same_types _adamw_update_step _addExpectedFailure _addUnexpectedSuccess
_add_collection_def _add_collections _add_control_dependencies_to_lock _add_control_input
_add_control_inputs _add_data_for_ragged_tensor _add_data_for_sparse_tensor _add_data_for_tensor
_add_default_callbacks _add_device_to_stack _add_event _add_existing_weight _add_function
_add_function_recursive _add_graph_def _add_new_tf_operations _add_op _add_outputs
_add_row_partitions _add_to_tensor _add_trackable _add_trackable_child _add_train_op
_add_variable_with_custom_getter _add_weight _add_while_inputs _adjust_contrast
_adjust_scale_for_dequant _adjust_scale_for_quant _adjust_shapes _aggregate_additional_loss
_alias_id _all_reduce _all_reduce_sum_gradients _allow_variable_partition _alt_inner_shape
_apply_combiner_to_embeddings _apply_conv _apply_debug_options _apply_dense _apply_device_functions
_apply_equalization _apply_gradients _apply_merge_op_and_or_mask _apply_normalization _apply_scores
_apply_sparse _apply_sparse_duplicate_indices _apply_sparse_shared _apply_standardize_with_np_arrays
_apply_to_ema_optimizers _apply_weight_decay _as_cluster_device_filters _as_graph_def
_as_graph_element _as_graph_element_locked _as_node_def_input _as_record_writer_options
_as_row_partitions _as_serialized_graph _as_variant_tensor _asdict _assertAllCloseRecursive
_assertArrayLikeAllClose _assertListCloseRecursive _assertRaggedClose _assertRaggedEqual
_assert_compile_called _assert_input_compatibility _assert_non_singular _assert_positive_definite
_assert_same_dtype _assert_self_adjoint _assert_shapes_are_compatible _assert_valid_dtypes
_assign_dependencies _assign_stablehlo_quantization_config_or_populate_default
_assign_variable_values _async_checkpointer _async_dispatch _attr_scope _autoconvert_optionals
_autographed_call _awq_build _awq_call _backend_apply_gradients _backend_finalize_ema_values
_backend_increment_gradient_accumulators _backend_reset_gradient_accumulators
_backend_swap_variables _backend_update_step _baseAssertEqual _batch _batch_accumulator
_batch_all_reduce _batch_gather_to _batch_initialize_tables _batch_initialize_tables_fn
_batch_reduce_to _batch_shape _batch_shape_tensor _bind _block_domain_dimension_tensors
_block_domain_dimensions _block_range_dimension_tensors _block_range_dimensions _block_shape_tensor
_bootstrap _bootstrap_inner _broadcast_batch_dims _broadcast_to _build _build_at_init
_build_attention _build_by_run_for_kwargs _build_by_run_for_single_pos_arg _build_eager
_calculate_score_mask _calculate_scores _callCleanup _callSetUp _callTearDown _callTestMethod
_call_arg_was_passed _call_cdf _call_for_each_replica _call_fused_gru _call_fused_lstm
_call_if_callable _call_log_cdf _call_log_prob _call_log_survival_function _call_prob _call_quantile
_call_sample_n _call_survival_function _call_tf_sessionprun _call_tf_sessionrun _call_wrapped_cell
_can_attempt_fused_gru _can_attempt_fused_lstm _can_use_cholesky _cast_single_input _cdf
_check_at_least_two_inputs _check_batch_shape_possibly_add_asserts _check_diag
_check_domain_range_possibly_add_asserts _check_enqueue_dtypes _check_factor_range _check_if_adapted
_check_if_built _check_input_dtype _check_input_shape_and_type _check_load_own_variables
_check_matrix _check_multiple_access_to_resources _check_not_finalized
_check_num_rows_possibly_add_asserts _check_output_shapes _check_output_shapes_fully_defined
_check_perm _check_preemption_and_maybe_checkpoint _check_quantization_mode _check_quantize_args
_check_reflection_axis _check_row_col _check_saver_def _check_shapes
_check_spectrum_and_return_tensor _check_super_called _check_tril _check_variables_are_known
_checkpoint_adapter _checkpoint_exists _clahe _clear_attr _clear_losses _clip_by_norm
_clip_gradients _close_internal _close_on_stop _close_writers _collect_layer_statistics
_collect_learning_rate _collect_model_statistics _colocate_with_for_gradient _common_apply
_compiled_metrics_update_state _components_to_string _compose_transforms _compute_affine_matrix
_compute_attention _compute_attention_mask _compute_carry_and_output _compute_carry_and_output_fused
_compute_causal_mask _compute_causal_padding _compute_crop_bounds _compute_elemwise_op_output_shape
_compute_loss _compute_sc_shard_idx_and_offset _compute_sc_shard_info _compute_sliding_window_mask
_compute_steps_per_second _cond _configure _configure_async_dispatch _configure_coordination_service
_configure_embeddings _connect_to_cluster _constrain_devices_and_set_default
_construct_adjoint_diagonals _consumers _container_strategy _contains_function_with_implements_attr
_control_dependencies_for_inputs _control_flow_post_processing _convert_and_export_metrics
_convert_as_saved_model _convert_concrete_functions_to_saved_model _convert_from_saved_model
_convert_input _convert_input_feature_to_list_of_coo_tensors _convert_row_partition
_convert_to_ndarray _convert_to_tensor _convert_tracked_collections _convert_values_and_partition
_convert_variables_to_tensors _copy_functions_to_graph_def _copy_tensors_to_device
_copy_trackable_to_cpu _covariance _create_broadcast_shape _create_config_proto
_create_copy_for_async_checkpoint _create_dropout_mask _create_feature_extractor
_create_multi_feature_extractors _create_nested_dict _create_non_slot_variable
_create_op_from_tf_operation _create_op_helper _create_op_internal _create_or_restore_slot_variable
_create_per_worker_resources _create_per_worker_variables _create_resource _create_session
_create_slots _create_state_variables _create_variable _create_variables _create_variables_and_slots
_create_variables_from_stacked_tables _cross_entropy _cross_features _cross_to_crosser
_current_control_dependencies _custom_histogram_fixed_width _dbscale _decay_function _dedup_weights
_default_device_scope _default_global_step_tensor _deferred_initialize _delete _delete_tracking
_dense_solve _dense_var_to_tensor _deprecate _dequeue_return_value _descendants_with_paths
_deserialization_dependencies _deserialize _deserialize_from_proto _destroy_resource _determinant
_diag_part _dimension _direct_assign _disallow _disallow_bool_casting _disallow_iteration
_distribute_datasets_from_function _distributed_apply _distributed_tf_update_step
_do_batch_all_reduce _do_batch_all_reduce_sparse _do_call _do_run _doing_dynamic_loss_scaling
_domain_dimension_tensor _dropout _eager_value _edit_object _eigvals
_embedding_feature_proto_to_string _embedding_lookup_for_ragged_tensor
_embedding_lookup_for_sparse_tensor _encode _ensure_known_vocab_size _ensure_recording _ensure_safe
_ensure_vocab_size_unchanged _enter_context_cls _enter_scope_uncached _entropy _equalize_channel
_estimate_step_duration _eval_helper _eval_tensor _event_shape _event_shape_tensor
_execute_calibration _expand_dims _expand_sample_shape_to_vector _experimental_distribute_dataset
_experimental_distribute_values_from_function _experimental_make_numpy_dataset
_experimental_run_steps_on_iterator _export_to_saved_model_graph _extend_graph
_extract_all_student_features _extract_all_teacher_features _extract_weights_from_store
_feature_to_input _fft _filter_empty_gradients _filter_exception _finalize_ema_values
_finalize_progbar _find_max_under_constraint _find_repeated_tokens _finish _flatten _flatten_layers
_flatten_metrics_in_order _flatten_modules _flatten_nested_dict _flip_inputs _float8_build
_float8_call _flush_futures _for_each_trt_node _formatMessage _format_single_input_bounding_box
_format_single_output_bounding_box _format_subscripts _format_time _freeze_concrete_function
_from_c_op _from_compatible_tensor_list _from_components _from_inner_shape _from_local_devices
_from_mesh _from_nested_row_partitions _from_num_gpus _from_proto _from_pydict _from_pylist_of_dict
_from_pylist_of_empty_dict _from_pylist_of_value _from_pyscalar _from_pyval _from_row_partition
_from_tensor_list _from_variant _functional_construction_call _functions _gather
_gather_children_attribute _gather_implementation _gather_saveables_for_checkpoint _gather_to
_gather_to_implementation _gen_seed _generate_batch_mask _generate_config_info _generate_enqueue_op
_generate_filepath_info _generate_metadata_info _generate_mix_weight _getAssertEqualityFunc
_get_and_update_output_shapes_from_input _get_attr_bool _get_attr_int _get_attr_type
_get_base_converter_args _get_beta_accumulators _get_cached_session _get_call_arg_value
_get_call_context _get_call_rng _get_call_seed _get_cell_name _get_child_input_shape
_get_combined_properties _get_common_kwargs_for_sublayer _get_concrete_noise_shape
_get_control_flow_context _get_csr_wrapped_coo_from_sorted_coo_tensor _get_current_learning_rate
_get_device_dict_and_cores _get_diag _get_distillation_loss_features
_get_embeddings_with_merged_lora _get_existing_metric _get_file_path _get_fill_value _get_first_dim
_get_first_op_from_collection _get_full_signature_list _get_function _get_init_rng _get_init_seed
_get_input_channel _get_input_masks _get_input_shape_for_ragged_tensor
_get_input_shape_for_sparse_tensor _get_input_shape_for_tensor _get_input_shapes
_get_jax2tf_input_shape _get_kernel_scale_shape _get_kernel_with_merged_lora
_get_metrics_result_or_logs _get_model _get_most_recently_modified_file_matching_pattern _get_name
_get_node_attribute_at_index _get_noise_shape _get_non_slot_variable
_get_numeric_verify_tensor_details _get_op_details _get_operand_name_and_index
_get_operation_by_name _get_operation_by_tf_operation _get_operation_for_node _get_ops_details
_get_or_make_slot _get_or_make_slot_with_initializer _get_original_model_type
_get_output_shapes_from_batch_size _get_output_shapes_from_input_shapes _get_output_tensors
_get_own_losses _get_own_metrics _get_partitioned_variable _get_quantized_model
_get_regularization_losses _get_save_slice_info _get_save_spec _get_saver _get_seed_generator
_get_session_manager _get_shard_info_for_table _get_shear_matrix _get_sparse_core_table_layouts_str
_get_summary_op _get_tempdir_path_cls _get_tempdir_path_test _get_tempfile_cleanup
_get_tensor_by_tf_output _get_tensor_details _get_trainable_state _get_transformed_coordinates
_get_translation_matrix _get_tril _get_uv_as_tensors _get_valid_device_types _get_variable_index
_get_variable_map _get_xla_sharding _get_zoom_matrix _gptq_build _gptq_call _graph_placeholder
_grappler_config _group _handle_activity_regularization _handle_deferred_dependencies
_handle_weight_regularization _has_precomputed_nrows _has_precomputed_nvals
_has_precomputed_row_lengths _has_precomputed_row_splits _has_precomputed_value_rowids
_has_valid_tensors _hash_basis _hash_values_to_bins _hertz_to_mel _host_mesh _ifft
_in_multi_worker_mode _increase_conversion_attempt_metric _increase_conversion_success_metric
_infer_output_signature _init _init_call_fn_args _init_constant_op _init_from_args
_init_from_converter _init_from_handle _init_from_proto _init_global_step _init_init_op
_init_local_init_op _init_outputs _init_profile_batch _init_ready_op _init_saver
_init_session_manager _init_set_name _init_summary_op _initialize
_initialize_for_mirrored_and_multi_worker_mirrored _initialize_for_tpu_strategy
_initialize_mesh_from_devices _initialize_mesh_from_list_devices
_initialize_stacked_table_all_devices _initialize_stacked_table_for_device _initialize_stats
_initialize_tracker _initialize_weights _initialize_with_device_mesh _initialize_with_initializer
_inner_shape_dim _inputs _instrument_layer_creation _int4_build _int4_call _int8_build _int8_call
_internal_add_cleanup_on_success _internal_ran_and_passed_when_called_during_cleanup _inv_z
_inverse_document_frequency _invert_topology _is_batched _is_closed _is_eager _is_function
_is_improvement _is_layer _is_layer_name_unique _is_multihost_initialized _is_scalar_helper
_is_self_handle _is_tensor_shape_match _is_unknown_shapes_allowed _jax2tf_convert
_keras_tensor_symbolic_call _kernel_label_map _kl_divergence _lazy_read _linop_adjoint
_linop_cholesky _linop_inverse _linop_matmul _linop_solve _list_adaptable_preprocessors _load
_load_model _load_saved_model _load_variables _local_results _lock_state _log_abs_determinant
_log_and_record _log_cdf _log_embeddings _log_epoch_metrics _log_normalization _log_prob
_log_survival_function _log_tensors _log_unnormalized_prob _log_weight_as_image _log_weights
_lookup_dense _lookup_dependency _lookup_table_from_file _lookup_table_from_tokens _make
_make_callable_from_options _make_capacitance _make_cluster_def _make_cluster_device_filters
_make_dataset_iterator _make_function _make_initializable_iterator _make_input_fn_iterator
_make_int64_keys _make_multiplier_matrix _make_one_shot_iterator _make_output_dense _map_aggregation
_map_synchronization _masked_softmax _matmul _matvec _max_condition_number_to_be_non_singular
_maybe_add_main_op _maybe_add_temp_path_cleanup _maybe_assert_valid_concentration
_maybe_assert_valid_sample _maybe_autocast _maybe_build _maybe_cast_inputs
_maybe_config_dropout_masks _maybe_create_attribute _maybe_create_checkpoint_manager
_maybe_create_save_counter _maybe_create_saver _maybe_delete_sc_layouts_from_checkpoint
_maybe_init_progbar _maybe_initialize_trackable _maybe_populate_device_mesh _maybe_rebuild
_maybe_reset_call_context _maybe_reset_dropout_masks _maybe_set_received_own_sigterm
_maybe_symbolic_build _maybe_track_assets _mean _median _melscale _merge_call _merge_dims
_merge_features _merge_function _merge_precomputed_encodings _merge_with _merge_with_spec
_min_matrix_dim _min_matrix_dim_tensor _mode _model_ready _model_ready_for_local_init _moments
_more_tags _muon_update_step _mutation_lock _name_based_attribute_restore _name_scope _native_handle
_need_trt_profiles _new_object _no_dependency _non_slot_variables _not_implemented_error
_num_elements _num_slices_in_dimension _num_tasks _num_tokens _num_workers _numpy
_numpy_style_getitem _obj_type _old_init _on_batch_end _on_begin _on_end _on_predict_batch_end
_on_test_batch_end _on_train_batch_end _ones_diag _oov_start_index _op_def_for_type _open_name_scope
_optimize_tf_model _optimize_tflite_model _options _options_tensor_to_options _original_op
_override_gradient_function _override_operator _overwrite_model_variables_with_average_value
_overwrite_variable_with_gradient _overwrite_variables_directly_with_gradients
_pad_or_truncate_with_sequence_length _param_shapes _params_and_state_to_variables _parse_name
_parse_saved_model_args _parse_topology _partial_with_positional _partition _poll_termination_signal
_pop_accumulator _pop_control_dependencies_controller _pop_tape _pop_writer
_possibly_broadcast_batch_shape _post_build _post_quantize _post_track_variable
_post_untrack_variable _preload_simple_restoration _prepare _prepare_key_counter _prepare_value
_preprocess _preprocess_features _preprocess_inputs_and_weights_to_list_of_coo_tensors
_preprocess_key _preread_check _prewrite_check _print_weights_structure _prob _process_target
_promote_helper _push_accumulator _push_control_dependencies_controller _push_tape _push_writer
_pybind11_conduit_v1_ _quantile _quantization_mode_error _quantize
_raise_error_for_incorrect_control_flow_context _raise_error_for_inputs_not_on_cpu
_raise_error_for_non_direct_inputs _raise_for_lambda_deserialization _raise_if_frozen
_raise_pss_error_if_eager _range_dimension_tensor _read_variable_op
_record_op_seen_by_control_dependencies _record_state _record_tape _record_vocabulary_size _reduce
_reduce_optimizer_lr _reduce_to _register_call_context_args _register_dead_handle
_remove_all_control_inputs _remove_function _renorm_correction_and_moments _repeat_batch _replace
_replica_ctx_all_reduce _replica_ctx_update _reset _reset_internal_locks _reset_progbar
_reshape_into_groups _resize_images _resize_volumes _resolve_and_populate_arg
_resolve_auto_jit_compile _resolve_hostlist _resolve_num_tasks _resolve_own_rank
_resolve_task_configuration _resource_apply_dense _resource_apply_sparse
_resource_apply_sparse_duplicate_indices _resource_creator_scope _resource_scatter_add
_resource_type _restore _restore_checkpoint _restore_from_tensors _restore_slot_variable _retrieve
_retrieve_variables _reverse_process_target _rms _run _run_conversion _run_for_multi_worker_mirrored
_run_for_tpu _run_through_graph _safe_close _safe_to_run _sample_from_dirichlet _sample_n _save
_save_and_write_assets _save_checkpoint _save_conversion_params_metric _save_model
_save_tf_record_dataset _scalar_getitem _scale_grad _scale_loss _scale_loss_for_estimator_enabled
_scale_values _scope _scope_vals _serialize _serialize_function_to_config _serialize_to_proto
_serialize_to_tensors _session_run_lock _set_attr _set_attr_with_buf _set_batch_size
_set_call_arg_value _set_connectivity_metadata _set_control_flow_context
_set_conversion_latency_metric _set_converter_options_for_calibration
_set_converter_options_for_float _set_device _set_device_from_string _set_diag_operators
_set_dtype_policy _set_factor _set_factor_by_name _set_factor_with_name _set_func_attr
_set_func_list_attr _set_graph_parents _set_ident _set_input_tensors _set_kernel_size
_set_mask_keras_history_checked _set_mask_metadata _set_monitor_op _set_mutable _set_native_id
_set_optimization_parameters _set_original_model_type _set_quantization_info
_set_sample_static_shape _set_save_slice_info _set_save_spec _set_shape _set_shape_list_attr
_set_steps_per_run _set_table_descriptor _set_trainable_state _set_training_mode _set_tstate_lock
_set_type_list_attr _set_value_range _set_xla_sharding _setattr _setattr_hook
_setup_countdown_if_has_grace_period_and_not_already_counting_down _setup_nnx_op_mapping _shape
_shape_as_list _shape_invariant_to_type_spec _shape_tensor _shape_tuple _shear_bboxes _should_cast
_should_cast_single_input _should_eval _should_save_model _should_save_on_batch _should_use_adamw
_sigterm_handler_fn _skip_single_var _slice_shape _slot_dict _slot_initializers _slot_names
_snapshot_colocation_stack_metadata _snapshot_device_function_stack_metadata _snapshot_streams
_snapshot_task_progresses _solve _solve_matmul_internal _solvevec _sort_list_of_coo_tensors
_sparsify_model _spectrogram _split_out_first_arg _stack_gradients _standard_normal
_standardize_feature _start_local_server _start_polling_for_termination_signal _start_profiler
_start_trace _start_watching_for_signal _stateful_handle_finite_grads
_stateful_handle_non_finite_grads _stateless_handle_finite_grads _stateless_handle_non_finite_grads
_static_check _static_inner_shape_as_list _stddev _stop
_stop_cluster_wise_termination_watcher_thread _stop_poll_termination_signal_thread _stop_profiler
_stop_trace _strided_slice_assign _string_to_components _survival_function _swap_variables _sweep
_symbolic_build _symbolic_call _sync_processes _tag_and_add_meta_graph _tensor_getitem
_tensor_rank_tensor _tensor_vocab_to_numpy _tf_apply _tf_extension_type_convert_fields
_tf_extension_type_fields _tf_extension_type_has_field _tf_extension_type_with_packed
_tf_finalize_ema_values _tf_input _tf_output _tf_sess _tf_swap_variables _time_to_exit
_to_batchable_tensor_list _to_batched_tensor_list _to_components _to_dense _to_legacy_output_classes
_to_legacy_output_shapes _to_legacy_output_types _to_proto _to_tensor_list _to_tensor_shape
_to_variant _token_start_index _trace _trace_variant_creation _track_module_parameters
_track_restore_info_for_cpu _track_trackable _track_variable _trackable_children
_transform_boxes_crop_to_aspect_ratio _transform_boxes_pad_to_aspect_ratio _transform_boxes_stretch
_transform_images _transform_value_range _transform_xyxy _translate_inputs _truncateMessage
_truncated_normal _try_run_local_init_op _unbatch _unblockify _unblockify_then_matricize _uniform
_uniform_full_int _uninitialized_lookup_table _unpickle_model _unsafe_unfinalize _unscale_grads
_unstack_activations _untrack_variable _unwrap_value_range _update _update_config_proto
_update_input _update_kernel_initializer _update_model_variables_moving_average _update_non_slot
_update_optimizer_lr _update_output_shapes _update_progbar _update_renorm_statistics
_update_sparse_core_buffer_size_after_table_stacking _update_with_movers _use_merge_call
_use_weight_decay _valid_dtypes _validate_and_recreate_partition _validate_axes
_validate_children_inputs_mappings _validate_colocate_with_variable
_validate_distillation_loss_compatibility _validate_dtype _validate_dtype_compatibility
_validate_flat_values _validate_flat_values_dynamically _validate_inference_input_output_types
_validate_input_compatibility _validate_inputs _validate_kwargs _validate_models
_validate_noise_shape _validate_non_singular _validate_num_operators _validate_operator_dimensions
_validate_output_compatibility _validate_quantized_input_stats _validate_shape _validate_signature
_validate_signature_def_map _validate_square _validate_tensor_info _var_key _variable_call
_variable_creator _variable_creator_scope _variables_to_params_and_state _variance
_variance_scale_term _variational_recurrent_dropout_value _vectorize_then_blockify
_verify_and_get_subgroup_size _verify_and_return_same_core_count _verify_args_and_config
_verify_layer_config _verify_profile_strategy _verify_setup _wait_for_tstate_lock _warmup_function
_warn_if_event_writer_is_closed _warn_if_super_not_called _warn_if_trainable_state_changed _watch
_watch_preemption_key _watch_step_to_save_key _weights_summary_cli _weights_summary_interactive
_with_dependencies _with_inner_rank _with_num_row_partitions _with_precomputed_nrows
_with_precomputed_nvals _with_precomputed_row_lengths _with_precomputed_row_splits
_with_precomputed_value_rowids _with_tensor_ranks_only _with_updates_impl _without_tensor_names
_wrap_initializer _write _write_graph _write_keras_model_summary _write_keras_model_train_graph
_write_object_proto _write_plugin_assets _write_profile _z _zeros_diag _zeros_slot _zoom_inputs
account_displayed_op_only activation_quantizer_or_default adapt add addClassCleanup addCleanup
addTypeEqualityFunc add_endpoint add_event add_graph add_input add_inputs add_loss add_meta_graph
add_meta_graph_and_variables add_metric add_note add_object add_optimizer_variables add_output
add_outputs add_run_metadata add_session_log add_step add_summary add_to_collection
add_to_collections add_to_tensor add_update add_variable add_variable_collection
add_variable_from_reference add_weight add_weights adjoint advise after_create_session after_run
after_save all all_gather all_reduce allocate_tensors analyze append apply apply_grad
apply_gradients apply_indexed_slices_grad as_cluster_def as_default as_dict as_graph_def
as_graph_element as_integer_ratio as_list as_numpy_iterator as_proto as_saver_def assertAllClose
assertAllCloseAccordingToType assertAllEqual assertAllGreater assertAllGreaterEqual assertAllInRange
assertAllInSet assertAllLess assertAllLessEqual assertAlmostEqual assertAlmostEquals assertArrayNear
assertBetween assertCommandFails assertCommandSucceeds assertContainsExactSubsequence
assertContainsInOrder assertContainsSubsequence assertContainsSubset assertCountEqual
assertDTypeEqual assertDataclassEqual assertDeviceEqual assertDictAlmostEqual
assertDictContainsSubset assertDictEqual assertEmpty assertEndsWith assertEqual assertEquals
assertFalse assertGreater assertGreaterEqual assertIn assertIs assertIsInstance assertIsNone
assertIsNot assertIsNotNone assertIsSubclass assertItemsEqual assertJsonEqual assertLen assertLess
assertLessEqual assertListEqual assertLogs assertMappingEqual assertMultiLineEqual assertNDArrayNear
assertNear assertNoCommonElements assertNoLogs assertNotAllClose assertNotAllEqual
assertNotAlmostEqual assertNotAlmostEquals assertNotEmpty assertNotEndsWith assertNotEqual
assertNotEquals assertNotIn assertNotIsInstance assertNotIsSubclass assertNotRegex
assertNotRegexpMatches assertNotStartsWith assertProtoEquals assertProtoEqualsVersion assertRaises
assertRaisesIncompatibleShapesError assertRaisesOpError assertRaisesRegex assertRaisesRegexp
assertRaisesWithLiteralMatch assertRaisesWithPredicateMatch assertRegex assertRegexMatch
assertRegexpMatches assertSameElements assertSameStructure assertSequenceAlmostEqual
assertSequenceEqual assertSequenceStartsWith assertSetEqual assertShapeEqual assertStartsWith
assertTotallyOrdered assertTrue assertTupleEqual assertUrlEqual assertWarns assertWarnsRegex assert_
assert_has_rank assert_hermitian_spectrum assert_is_compatible_with assert_is_fully_defined
assert_non_singular assert_positive_definite assert_same_rank assert_self_adjoint assign assign_add
assign_sub average average_name batch batch_jacobian batch_reduce batch_reduce_implementation
batch_reduce_to batch_scatter_update batch_shape_tensor batch_sharded before_run before_save begin
bind bind_partial binomial bit_count bit_length block_shape_tensor block_until_worker_exit
bounding_shape broadcast broadcast_implementation broadcast_to bucket_by_sequence_length build
build_from_config cache cached_session call call_for_each_replica call_with_captures capitalize
captureWritesToStream cardinality casefold cast cdf center check_finite checkedThread children
cholesky choose_from_datasets clear clear_collection clear_stop clone close cluster_spec
colocate_vars_with colocate_with colocation_groups compare compile compile_from_config compiled_loss
compute_gradients compute_loss compute_mask compute_metrics compute_output_shape
compute_output_signature compute_output_spec compute_sparse_core_stats concat concatenate cond
configure conjugate connect consumers container contains_dim control_dependencies convert
convert_input convert_weight convolution_kernel convolution_op coordinates coords copy count
countTestCases count_params count_up_to counter covariance cpu_device_name_at_coordinates create
create_local_server create_op create_per_worker_dataset create_session create_tempdir
create_tempfile create_threads cross cross_entropy debug decision_function decode defaultTestResult
default_local_init_op delete delete_object delete_weight denominator dequeue dequeue_many
dequeue_up_to descendants deserialize determinant device device_location device_type diag_part diff
difference difference_update dim_size discard distribute_dataset distribute_datasets_from_function
distribute_tf_dataset doClassCleanups doCleanups domain_dimension_tensor done dtype_policy_string
eigvals embedding_lookup empty enable_lora encode encoding_specs end endswith enqueue enqueue_many
enterClassContext enterContext enter_context entropy enumerate erase eval evaluate
evaluate_if_both_tensors event_shape_tensor exclude_from_weight_decay execute expandtabs
experimental_as_proto experimental_assign_to_logical_device experimental_distribute_dataset
experimental_distribute_datasets_from_function experimental_distribute_values_from_function
experimental_from_jax experimental_from_proto experimental_get_compiler_ir
experimental_local_results experimental_make_numpy_dataset experimental_ref
experimental_replicate_to_logical_devices experimental_run experimental_run_steps_on_iterator
experimental_set_type experimental_split_to_logical_devices experimental_type_proto export
export_meta_graph extend fail failIf failIfAlmostEqual failIfEqual failUnless failUnlessAlmostEqual
failUnlessEqual failUnlessRaises feature fetch field_names field_value filter
filter_with_legacy_function finalize finalize_state finalize_variable_values find fingerprint fit
flat_map flatten float float_discretized float_normalized float_operation float_rescaled flush
format format_map freeze from_bytes from_callable from_concrete_functions from_config from_device
from_fields from_fields_and_rank from_frozen_graph from_generator from_keras_model
from_keras_model_file from_key_counter from_lengths from_list from_nested_row_lengths
from_nested_row_splits from_nested_value_rowids from_node_def from_non_deterministic_state
from_proto from_pyval from_row_lengths from_row_limits from_row_partitions from_row_splits
from_row_starts from_saved_model from_seed from_session from_shape from_single_device_mesh
from_sparse from_sparse_tensor_slices from_spec from_state from_string from_string_handle
from_structure from_tensor from_tensor_slices from_tensors from_uniform_row_length from_value
from_value_rowids fromhex fromkeys gather gather_nd get getName get_all_collection_keys get_attr
get_build_config get_chief_queue_runner get_clipped_bbox get_collection get_collection_ref
get_compile_config get_compression_type_string get_concrete_function get_config
get_coordination_service_leader get_current_value get_data_layout get_debug_quantized_model
get_dropout_mask get_elastic_transform_params get_encoded_features get_init_tokens_op
get_initial_state get_input_arrays get_input_at get_input_details get_input_mask_at
get_input_shape_at get_inputs get_job_name get_layer get_logdir get_losses_for get_master
get_metrics_result get_monitor_value get_name get_name_scope get_next get_next_as_optional
get_nondebug_quantized_model get_operation_by_name get_operations get_or_default get_output_at
get_output_details get_output_mask_at get_output_shape_at get_per_replica_batch_size
get_quantization_layer_structure get_random_transformation get_recorded_properties
get_recurrent_dropout_mask get_shape get_shifted_bbox get_signature_list get_signature_runner
get_single_element get_slot get_slot_names get_state_tree get_task_info get_temp_dir get_tensor
get_tensor_by_name get_tensor_details get_tensor_layout get_tpu_system_metadata get_transformed_x_y
get_updates_for get_value get_variable get_variable_layout get_vocabulary get_weights
global_device_ids global_devices global_shape_from_local_shape global_variables grad gradient
gradient_override_map group group_by_window has_value hex host_device host_mesh id identity
ignore_errors imag in_cooldown index init initialize initialized_value inner_loop inner_sharded
insert insert_or_assign integer_categorical integer_hashed interleave interpolate_pr_auc
intersection intersection_update inverse invoke isDaemon is_abstract is_alive is_batch_parallel
is_closed is_compatible_with is_feedable is_fetchable is_fully_defined is_fully_replicated
is_initialized is_integer is_multihost_enabled is_primary_host is_remote is_scalar_batch
is_scalar_event is_single_device is_subtype_of is_uniform isalnum isalpha isascii isdecimal isdigit
isdisjoint isidentifier islower isnumeric isprintable isspace issubset issuperset istitle isupper
items jacobian job_tasks join jvp keys kl_divergence last_triggered_step layer_statistics_dump
linear_to_mel_weight_matrix list_devices list_files ljust load load_assets load_own_variables
load_weights local_device_ids local_device_locations local_devices local_shape_from_global_shape
local_variables log_abs_determinant log_cdf log_prob log_survival_function lookup lookup_replicas
loop loss lower lr_adjust lstrip make_callable make_dataset_iterator make_initializable_iterator
make_initializer make_input_fn_iterator make_merged_spec make_one_shot_iterator
make_predict_function make_seeds make_session_run_hook make_test_function make_train_function
maketrans managed_session map map_with_legacy_function master match matmul matvec mean merge
merge_call merge_dims merge_from merge_with min_global_device_id minimize mode
most_specific_common_supertype most_specific_compatible_shape most_specific_compatible_type
name_scope nested_row_lengths nested_value_rowids new_operations next non_slot_devices normal
normalized_weights nrows num_accelerators num_accumulated num_elements num_local_devices
num_operations num_records_produced num_shards num_subgraphs num_tasks num_work_units_completed
numerator numpy nvals offset_to_shard offset_tuple_to_global_index offsets_in_rows on_batch_begin
on_batch_end on_epoch_begin on_epoch_end on_predict_batch_begin on_predict_batch_end
on_predict_begin on_predict_end on_test_batch_begin on_test_batch_end on_test_begin on_test_end
on_train_batch_begin on_train_batch_end on_train_begin on_train_end op_def_for_type options order_by
padded_batch param_shapes param_static_shapes parameters parse_from_string partial_run
partial_run_setup partition partition_outer_dimension placeholder_value pop popitem predict
predict_on_batch predict_step prefetch prepare_or_wait_for_session prepare_session prevent_feeding
prevent_fetching prob profile_graph profile_name_scope profile_operations profile_python promote
quantile quantize quantized_build quantized_call ragged_batch raise_requested_exception random range
range_dimension_tensor raw_session read read_up_to read_value read_value_no_copy read_var readline
readlines real rebatch record_property recover_last_checkpoints recover_session reduce
reduce_implementation reduce_to ref register register_thread rejection_resample rematerialized_call
remove removeprefix removesuffix rename_object reopen repeat replace replace_method_name replicated
report_benchmark request_stop resave_weights reset reset_all_variables reset_dropout_mask
reset_from_key_counter reset_from_seed reset_metrics reset_recurrent_dropout_mask reset_state
reset_states reshape resize_tensor_input restore restore_or_initialize restore_state result
reuse_variables reverse rfind rindex rjust row_lengths row_limits row_splits row_starts rpartition
rsplit rstrip run run_loop run_op_benchmark run_step_fn sample sample_from_datasets save save_assets
save_checkpoint_if_preempted save_own_variables save_weights scale_loss scan scatter scatter_add
scatter_div scatter_max scatter_min scatter_mul scatter_nd_add scatter_nd_max scatter_nd_min
scatter_nd_sub scatter_nd_update scatter_sub scatter_update schedule scope seek seekable select
serialize serialize_state serialize_to_string serialized session setDaemon setName setUp setUpClass
set_as_default set_caching_device set_custom_getter set_device_filters set_dtype set_fit_request
set_global_step set_initializer set_last_checkpoints set_last_checkpoints_with_time set_metadata
set_model set_params set_partitioner set_regularizer set_shape set_state_tree set_tensor
set_tpu_topology set_use_resource set_vocabulary set_weights setdefault shape shape_tensor shard
shortDescription should_stop should_trigger_for_step shuffle singleprint size skip skipTest snapshot
solve solvevec sort sparse_batch sparse_read split splitlines squeeze stack start start_loop
start_queue_runners start_standard_services startswith stateless_apply stateless_call
stateless_compute_loss stateless_reset_state stateless_result stateless_update_state static_lengths
stddev stop stop_loop stop_on_exception stop_recording string_categorical string_handle
string_hashed strip subTest summary summary_computed survival_function swapcase
switch_to_thread_local symbolic_call symmetric_difference symmetric_difference_update sync take
take_grad take_indexed_slices_grad take_while task_address task_indices task_ordinal_at_coordinates
tearDown tearDownClass tell tensor tensor_rank_tensor test_on_batch test_session test_step
time_and_memory title to_bytes to_dense to_json to_list to_parted to_proto to_pyval to_sparse
to_string to_tensor to_tensors tpu_device tpu_device_name_at_coordinates
tpu_device_ordinal_at_coordinates tpu_ordinal trace track track_and_add_endpoint train_on_batch
train_step trainable_variables trainable_variables_parameter transform transform_bounding_boxes
transform_images transform_labels transform_segmentation_masks transform_single_bounding_box
transform_single_image transform_single_label transform_single_segmentation_mask translate
transpose_last_axis truncated_normal unbatch unfreeze uniform uniform_full_int uniform_row_length
union unique unique_name unravel_index unstack unwrap update update_config_proto
update_last_triggered_step update_non_slot update_state update_step upper use_xla_spmd validate
validate_model_compatibility validate_outputs value value_container value_rowids values
variable_created_in_scope variables variables_to_restore variance vocabulary_size wait_for_session
wait_for_stop wait_until_finished watch watch_preemption_scope watched_variables
weight_quantizer_or_default window with_accounted_types with_dtype with_empty_output
with_file_output with_flat_values with_max_depth with_min_execution_time with_min_float_operations
with_min_memory with_min_occurrence with_min_parameters with_name_scope with_node_names with_options
with_pprof_output with_rank with_rank_at_least with_rank_at_most with_row_splits_dtype
with_shape_dtype with_stdout_output with_step with_timeline_output with_traceback with_updates
with_values write write_out zero_state zeropower_via_newtonschulz5 zfill zip
"""
