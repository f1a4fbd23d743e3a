"""Functions that return Python values (chosen by a tensor condition or computed): traced, they
return tensors. Returning tensors, or None, is fine."""
import tensorflow as tf


def classify(scores):
    if tf.reduce_mean(scores) > 0.5:
        return "positive"
    return "negative"


def should_stop(val_loss, best_loss, patience_left):
    if val_loss < best_loss:
        return False
    return patience_left <= 1


def batch_stats(batch):
    mean = tf.reduce_mean(batch)
    return {"mean": mean, "rows": batch.shape[0], "ok": True}


def loss_value(y_true, y_pred):
    return float(tf.reduce_mean(tf.square(y_true - y_pred)))


# Tensors out: the decision stays a tensor, which is what the caller uses.
def score(scores):
    return tf.reduce_mean(scores)


def clipped(scores):
    if tf.reduce_max(scores) > 1.0:
        scores = scores / tf.reduce_max(scores)
    return scores


def update_total(total, batch):
    total.assign_add(tf.reduce_sum(batch))
    return None


TOTAL = tf.Variable(0.0)


def main():
    scores = tf.constant([0.2, 0.9, 0.7])
    print(classify(scores), should_stop(tf.constant(0.3), tf.constant(0.2), tf.constant(3)))
    print(batch_stats(scores), loss_value(scores, scores * 0.5))
    print("positive" if score(scores) > 0.5 else "negative", clipped(scores))
    update_total(TOTAL, scores)


SCORES = tf.constant([0.2, 0.9, 0.7])
CASES = [
    ("classify", lambda: ((SCORES,), {})),
    ("should_stop", lambda: ((tf.constant(0.1), tf.constant(0.2), tf.constant(3)), {})),
    ("batch_stats", lambda: ((SCORES,), {})),
    ("loss_value", lambda: ((SCORES, SCORES * 0.5), {})),
    ("score", lambda: ((SCORES,), {})),
    ("clipped", lambda: ((SCORES * 2.0,), {})),
    ("update_total", lambda: ((TOTAL, SCORES), {})),
]

if __name__ == "__main__":
    main()
