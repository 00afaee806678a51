package org.activationexplorer.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationexplorer.optim.Parameter;

/** A stack of layers ending in logits, trained with softmax cross-entropy. */
public final class Network {
    private final List<Layer> layers;
    private final SoftmaxCrossEntropy loss;
    private final int maxBatch;

    public Network(List<Layer> layers, int classes, int maxBatch) {
        this.layers = List.copyOf(layers);
        this.loss = new SoftmaxCrossEntropy(classes, maxBatch);
        this.maxBatch = maxBatch;
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i).inputSize() != layers.get(i - 1).outputSize()) {
                throw new IllegalArgumentException("layer " + i + " (" + layers.get(i).describe() + ") expects "
                        + layers.get(i).inputSize() + " inputs, the previous layer gives " + layers.get(i - 1).outputSize());
            }
        }
    }

    /** x [read] (batch, inputs); returns the logits (batch, classes), owned by the last layer. */
    public float[] forward(float[] x, int batch) {
        if (batch > maxBatch) {
            throw new IllegalArgumentException("batch " + batch + " exceeds the network's maximum " + maxBatch);
        }
        float[] h = x;
        for (Layer layer : layers) {
            h = layer.forward(h, batch);
        }
        return h;
    }

    /** Forward, loss and backward; accumulates every parameter gradient. Returns the mean loss of the batch. */
    public double trainStep(float[] x, int[] labels, int batch) {
        double value = loss.forward(forward(x, batch), labels, batch);
        float[] g = loss.backward(labels, batch);
        for (int i = layers.size() - 1; i >= 0; i--) {
            g = layers.get(i).backward(g, batch, i > 0);
        }
        return value;
    }

    /** Mean loss of logits already computed by forward (no backward). */
    public double loss(float[] logits, int[] labels, int batch) {
        return loss.forward(logits, labels, batch);
    }

    /** Switches every activation between training and inference behaviour (see Activation.setTraining). */
    public void setTraining(boolean training) {
        for (ActivationLayer layer : activationLayers()) {
            layer.activation().setTraining(training);
        }
    }

    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            for (Parameter p : layers.get(i).parameters()) {
                all.add(new Parameter(i + "." + p.name(), p.value(), p.gradient(), p.kind()));
            }
        }
        return all;
    }

    /**
     * What inference needs besides the parameters (Activation.state(): SLAF's running statistics), a copy per
     * activation layer that has any, named "i.family.state" with i the layer's index as in parameters().
     */
    public Map<String, float[]> state() {
        Map<String, float[]> state = new LinkedHashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof ActivationLayer a && a.activation().state().length > 0) {
                state.put(stateName(i, a), a.activation().state());
            }
        }
        return state;
    }

    /** Sets what state() named; a name `saved` lacks keeps its start (run files from before state was saved). */
    public void restoreState(Map<String, float[]> saved) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof ActivationLayer a && saved.containsKey(stateName(i, a))) {
                a.activation().restoreState(saved.get(stateName(i, a)));
            }
        }
    }

    private static String stateName(int i, ActivationLayer a) {
        return i + "." + a.activation().family().name() + ".state";
    }

    public List<ActivationLayer> activationLayers() {
        return layers.stream().filter(ActivationLayer.class::isInstance).map(ActivationLayer.class::cast).toList();
    }

    public List<Layer> layers() {
        return layers;
    }

    public int inputSize() {
        return layers.get(0).inputSize();
    }

    public int maxBatch() {
        return maxBatch;
    }

    public long parameterCount() {
        return parameters().stream().mapToLong(Parameter::size).sum();
    }

    public String describe() {
        return String.join(" → ", layers.stream().map(Layer::describe).toList());
    }
}
