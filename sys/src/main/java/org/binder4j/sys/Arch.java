package org.binder4j.sys;

/**
 * The parts of the Linux ABI that differ between the supported architectures: syscall numbers and the
 * layout of {@code struct epoll_event}, which x86_64 packs and aarch64 does not.
 */
record Arch(String name, long sysFutex, long sysGettid, long sysFstat, long epollEventSize,
            long epollDataOffset) {

    private static final Arch X86_64 = new Arch("x86_64", 202, 186, 5, 12, 4);
    private static final Arch AARCH64 = new Arch("aarch64", 98, 178, 80, 16, 8);

    /** The architecture this JVM runs on; class initialisation fails on anything else. */
    static final Arch CURRENT = detect(System.getProperty("os.name"), System.getProperty("os.arch"));

    static Arch detect(String os, String arch) {
        if (!"Linux".equals(os)) {
            throw new UnsupportedOperationException("binder4j needs Linux, not " + os);
        }
        return switch (arch) {
            case "amd64", "x86_64" -> X86_64;
            case "aarch64", "arm64" -> AARCH64;
            default -> throw new UnsupportedOperationException(
                    "binder4j supports Linux on x86_64 and aarch64, not " + arch);
        };
    }
}
