package dev.paramcount.nd4j;

import dev.paramcount.count.LayerFacts;
import dev.paramcount.model.AdaptiveAvgPool2D;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * torch's {@code AdaptiveAvgPool2d}: output cell i averages input rows floor(i·in/out) up to
 * ceil((i+1)·in/out), so the windows cover the input even when the sizes do not divide.
 */
final class AdaptiveAvgPoolOp implements Nd4jLayer {
  private final AdaptiveAvgPool2D pool;
  private final LayerFacts facts;

  AdaptiveAvgPoolOp(AdaptiveAvgPool2D pool, LayerFacts facts) {
    this.pool = pool;
    this.facts = facts;
  }

  @Override public LayerFacts facts() { return facts; }


  @Override
  public INDArray forward(INDArray input) {
    int h = Batches.heightAxis(pool.dataFormat());
    long inH = input.size(h);
    long inW = input.size(h + 1);
    long[] shape = input.shape().clone(); // ND4J hands out its own shape array
    shape[h] = pool.outputHeight();
    shape[h + 1] = pool.outputWidth();
    INDArray out = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
    for (int i = 0; i < pool.outputHeight(); i++) {
      long h0 = Math.floorDiv(i * inH, pool.outputHeight());
      long h1 = -Math.floorDiv(-(i + 1) * inH, pool.outputHeight());
      for (int j = 0; j < pool.outputWidth(); j++) {
        long w0 = Math.floorDiv(j * inW, pool.outputWidth());
        long w1 = -Math.floorDiv(-(j + 1) * inW, pool.outputWidth());
        INDArray window = input.get(index(h, NDArrayIndex.interval(h0, h1), NDArrayIndex.interval(w0, w1)));
        out.get(index(h, NDArrayIndex.point(i), NDArrayIndex.point(j))).assign(window.mean(h, h + 1));
      }
    }
    return out;
  }

  private static INDArrayIndex[] index(int heightAxis, INDArrayIndex rows, INDArrayIndex columns) {
    INDArrayIndex[] index = {NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all()};
    index[heightAxis] = rows;
    index[heightAxis + 1] = columns;
    return index;
  }
}
