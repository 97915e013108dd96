/**
 * Reads Keras Sequential models into {@link dev.paramcount.model.Network}s: the JSON of
 * {@code model.to_json()} from Keras 3 and tf.keras 2.x, and {@code .keras} zip files.
 *
 * <p>{@link dev.paramcount.keras.KerasModels} is the only public class; everything else here
 * is internal. Every problem with a file surfaces as one
 * {@link dev.paramcount.model.ModelException} whose single line names the file, the layer, the
 * field and the value.
 */
package dev.paramcount.keras;
