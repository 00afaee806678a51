package org.activationexplorer.activation.special;

/**
 * Whether the JVM has the jdk.incubator.vector module (`--add-modules jdk.incubator.vector`): the activation
 * kernels on the Vector API are loaded only when it does, and their scalar loops serve otherwise.
 */
public final class VectorApi {
    public static final boolean PRESENT = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private VectorApi() {}
}
