package io.jixiao.spark;

import java.io.Serializable;

/** A user's rule file as broadcast to the executors: the name messages show and its DRL text. */
record Drl(String path, String text) implements Serializable {
}
