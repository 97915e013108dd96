package dev.paramcount.nd4j;

import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.Activation;
import dev.paramcount.model.AdaptiveAvgPool2D;
import dev.paramcount.model.AvgPool2D;
import dev.paramcount.model.BatchNorm;
import dev.paramcount.model.Conv2D;
import dev.paramcount.model.Dense;
import dev.paramcount.model.Dropout;
import dev.paramcount.model.Flatten;
import dev.paramcount.model.GlobalAvgPool2D;
import dev.paramcount.model.GlobalMaxPool2D;
import dev.paramcount.model.Layer;
import dev.paramcount.model.LocalResponseNorm;
import dev.paramcount.model.MaxPool2D;
import dev.paramcount.model.ZeroPadding2D;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Which ND4J implementation runs each kind of layer: the one place that maps the core's sealed
 * layer records to ND4J. Building an implementation allocates nothing.
 */
final class Nd4jLayers {
  private static final Map<Class<? extends Layer>, BiFunction<Layer, LayerFacts, Nd4jLayer>> KINDS = kinds();

  private Nd4jLayers() {}

  private static Map<Class<? extends Layer>, BiFunction<Layer, LayerFacts, Nd4jLayer>> kinds() {
    Map<Class<? extends Layer>, BiFunction<Layer, LayerFacts, Nd4jLayer>> k = new HashMap<>();
    k.put(Conv2D.class, (l, f) -> new ConvTowers((Conv2D) l, f));
    k.put(Dense.class, (l, f) -> new DenseOp((Dense) l, f));
    k.put(MaxPool2D.class, (l, f) -> PoolOp.max((MaxPool2D) l, f));
    k.put(AvgPool2D.class, (l, f) -> PoolOp.average((AvgPool2D) l, f));
    k.put(AdaptiveAvgPool2D.class, (l, f) -> new AdaptiveAvgPoolOp((AdaptiveAvgPool2D) l, f));
    k.put(GlobalAvgPool2D.class, (l, f) -> GlobalPoolOp.average((GlobalAvgPool2D) l, f));
    k.put(GlobalMaxPool2D.class, (l, f) -> GlobalPoolOp.max((GlobalMaxPool2D) l, f));
    k.put(LocalResponseNorm.class, (l, f) -> new LrnOp((LocalResponseNorm) l, f));
    k.put(BatchNorm.class, (l, f) -> new BatchNormOp((BatchNorm) l, f));
    k.put(Flatten.class, (l, f) -> new FlattenOp(f));
    k.put(ZeroPadding2D.class, (l, f) -> new ZeroPaddingOp((ZeroPadding2D) l, f));
    k.put(Dropout.class, (l, f) -> ElementwiseOp.identity(f));
    k.put(Activation.class, (l, f) -> ElementwiseOp.activation(l.name(), ((Activation) l).function(), f));
    return Collections.unmodifiableMap(k);
  }

  /** The ND4J implementation of one counted layer; throws if ND4J cannot run it (e.g. its activation). */
  static Nd4jLayer of(LayerFacts facts) {
    BiFunction<Layer, LayerFacts, Nd4jLayer> make = KINDS.get(facts.layer().getClass());
    if (make == null) {
      throw new IllegalStateException("no ND4J implementation for " + facts.layer().getClass().getSimpleName());
    }
    return make.apply(facts.layer(), facts);
  }

  /** The layer records that have an implementation (a test checks this covers every permitted kind). */
  static Set<Class<? extends Layer>> supportedKinds() {
    return KINDS.keySet();
  }
}
