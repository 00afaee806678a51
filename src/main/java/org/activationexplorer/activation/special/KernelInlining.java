package org.activationexplorer.activation.special;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Keeps the activation kernels on the Vector API (the classes named *Kernel, TablePositions, VectorBulkMath) out of
 * their callers, so that HotSpot's C2 compiles each on its own: a HotSpot compiler directive, added through the
 * DiagnosticCommand MBean (as `jcmd PID Compiler.directives_add FILE` would) before training starts.
 *
 * <p>Why: when C2 inlines a kernel into a caller that already holds other vector code, the compilation grows past its
 * inlining budget, a helper of the Vector API is left uninlined, and an operation whose arguments must be constants
 * is no longer intrinsified; it then runs the Java fallback, boxing 16 lanes per call. Measured (JFR, PrintIntrinsics)
 * on DiTAC: one of the four table gathers in DitacWarp.warp's compilation fell back ("missing constant: viclass"),
 * and a layer's forward took 117–186 µs instead of 70–94, in most runs and not in others, depending on which method
 * C2 compiled first. Compiled on its own each kernel keeps every operation intrinsified; a call per range costs
 * nothing measurable. Without the MBean's command (another VM; the app image's trimmed runtime, whose MBean offers only
 * jfrConfigure, so packaging/dist.sh passes the same file with -XX:CompilerDirectivesFile) training runs as before.
 */
public final class KernelInlining {
    /**
     * The directive, a resource (packaging/dist.sh also gives it to the app image's JVM as a file: there the MBean
     * lacks the command). The first entry lets kernels inline as usual (their scalar helpers: a call between vector
     * operations boxes the vectors), the second keeps our other methods from inlining them.
     */
    static final String RESOURCE = "kernel-directives.json";
    private static Boolean added;

    private KernelInlining() {}

    /**
     * Adds the directive once per JVM (about 140 ms the first time, starting the platform MBean server); true if it is
     * in place. Compilations already made keep their inlining, so call it before the training loop gets hot.
     */
    public static synchronized boolean keepKernelsApart() {
        if (added == null) {
            added = VectorApi.PRESENT && add();
        }
        return added;
    }

    private static boolean add() {
        Path file = null;
        try {
            file = Files.createTempFile("explorer-directive", ".json");
            try (InputStream in = KernelInlining.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    return false;
                }
                Files.write(file, in.readNBytes(64 * 1024));
            }
            Object result = diagnosticCommand("compilerDirectivesAdd", file.toString());
            return String.valueOf(result).contains("2 compiler directives added");
        } catch (IOException | JMException | RuntimeException | LinkageError e) {
            return false; // not HotSpot, no DiagnosticCommand MBean, no temporary folder: kernels may be slower, not wrong
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a few bytes left in the temporary folder
                }
            }
        }
    }

    /** The directives in force, as `jcmd PID Compiler.directives_print` lists them (for tests and diagnostics). */
    static String directives() throws JMException {
        return String.valueOf(diagnosticCommand("compilerDirectivesPrint", null));
    }

    private static Object diagnosticCommand(String operation, String argument) throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        return server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[] {argument == null ? null : new String[] {argument}},
                new String[] {String[].class.getName()});
    }
}
