package dev.paramcount.presets;

import dev.paramcount.model.Network;
import dev.paramcount.model.Padding;

/**
 * The AlexNet variants that answer the question, built layer by layer. Keras-style variants
 * carry Keras's automatic layer names; paper-style variants carry the paper's names
 * (conv1…conv5, fc6…fc8).
 */
public final class AlexNets {
  private AlexNets() {}

  /**
   * The question's model, exactly as its Keras code builds it: no third max-pool and no
   * Flatten, so the Dense layers act on a 13×13×256 grid. 25,678,184 parameters.
   */
  public static Network kerasSeed() {
    return kerasFeatures(Network.builder("sequential"))
        .dense(4096, d -> d.withActivation("relu"))
        .dense(4096, d -> d.withActivation("relu"))
        .dense(1000, d -> d.withActivation("softmax"))
        .build();
  }

  /** The question's model with the missing MaxPool(3, 2) after conv5 and a Flatten: 62,378,344. */
  public static Network kerasFixed() {
    return kerasFeatures(Network.builder("sequential"))
        .maxPool(3, 2)
        .flatten()
        .dense(4096, d -> d.withActivation("relu"))
        .dense(4096, d -> d.withActivation("relu"))
        .dense(1000, d -> d.withActivation("softmax"))
        .build();
  }

  /** The paper's layout (LRN, pools, dropout) on one GPU, no groups: 62,378,344. */
  public static Network singleTower() {
    return paperLayout("single-tower", 227, 1);
  }

  /**
   * The paper's network as trained on two GPUs: conv2, conv4 and conv5 split into two groups
   * that each see half of the input channels (kernels 5×5×48, 3×3×192, 3×3×192): 60,965,224.
   */
  public static Network paper() {
    return paperLayout("paper", 227, 2);
  }

  /**
   * {@link #paper()} on the 224×224 input the paper states, with valid padding: conv1 gives
   * 54×54 (not 55×55), pool5 gives 5×5×256 = 6,400 and the total is 49,430,888.
   */
  public static Network paper224() {
    return paperLayout("paper-224", 224, 2);
  }

  /**
   * torchvision's AlexNet: 64/192/384/256/256 filters, conv1 padded by 2 (so 224 gives 55×55),
   * an adaptive average pool to 6×6: 61,100,840.
   */
  public static Network torchvision() {
    return Network.builder("torchvision")
        .input(224, 224, 3)
        .conv2d(64, 11, c -> c.withStrides(4).withPadding(Padding.of(2)).withActivation("relu")).named("conv1")
        .maxPool(3, 2).named("pool1")
        .conv2d(192, 5, c -> c.withPadding(Padding.of(2)).withActivation("relu")).named("conv2")
        .maxPool(3, 2).named("pool2")
        .conv2d(384, 3, c -> c.withPadding(Padding.of(1)).withActivation("relu")).named("conv3")
        .conv2d(256, 3, c -> c.withPadding(Padding.of(1)).withActivation("relu")).named("conv4")
        .conv2d(256, 3, c -> c.withPadding(Padding.of(1)).withActivation("relu")).named("conv5")
        .maxPool(3, 2).named("pool5")
        .adaptiveAvgPool(6, 6).named("avgpool")
        .flatten().named("flatten")
        .dropout(0.5).named("dropout6")
        .dense(4096, d -> d.withActivation("relu")).named("fc6")
        .dropout(0.5).named("dropout7")
        .dense(4096, d -> d.withActivation("relu")).named("fc7")
        .dense(1000).named("fc8")
        .build();
  }

  /** conv1 … conv5 with their pools, as the question's Keras code writes them. */
  private static Network.Builder kerasFeatures(Network.Builder b) {
    return b.input(227, 227, 3)
        .conv2d(96, 11, c -> c.withStrides(4).withActivation("relu"))
        .maxPool(3, 2)
        .conv2d(256, 5, c -> c.withPadding(Padding.SAME).withActivation("relu"))
        .maxPool(3, 2)
        .conv2d(384, 3, c -> c.withPadding(Padding.SAME).withActivation("relu"))
        .conv2d(384, 3, c -> c.withPadding(Padding.SAME).withActivation("relu"))
        .conv2d(256, 3, c -> c.withPadding(Padding.SAME).withActivation("relu"));
  }

  /**
   * The paper's section 3.5: conv → ReLU → LRN → max-pool twice, three convs, a max-pool,
   * then three fully connected layers with dropout. {@code groups} splits conv2, conv4 and
   * conv5 as the two GPUs did (conv3 and the fc layers see both halves).
   */
  private static Network paperLayout(String name, int inputSize, int groups) {
    return Network.builder(name)
        .input(inputSize, inputSize, 3)
        .conv2d(96, 11, c -> c.withStrides(4).withActivation("relu")).named("conv1")
        .lrn().named("norm1")
        .maxPool(3, 2).named("pool1")
        .conv2d(256, 5, c -> c.withPadding(Padding.SAME).withGroups(groups).withActivation("relu")).named("conv2")
        .lrn().named("norm2")
        .maxPool(3, 2).named("pool2")
        .conv2d(384, 3, c -> c.withPadding(Padding.SAME).withActivation("relu")).named("conv3")
        .conv2d(384, 3, c -> c.withPadding(Padding.SAME).withGroups(groups).withActivation("relu")).named("conv4")
        .conv2d(256, 3, c -> c.withPadding(Padding.SAME).withGroups(groups).withActivation("relu")).named("conv5")
        .maxPool(3, 2).named("pool5")
        .flatten().named("flatten")
        .dense(4096, d -> d.withActivation("relu")).named("fc6")
        .dropout(0.5).named("dropout6")
        .dense(4096, d -> d.withActivation("relu")).named("fc7")
        .dropout(0.5).named("dropout7")
        .dense(1000, d -> d.withActivation("softmax")).named("fc8")
        .build();
  }
}
