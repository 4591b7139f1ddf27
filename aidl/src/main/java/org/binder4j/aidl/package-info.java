/**
 * The AIDL compiler. {@link org.binder4j.aidl.AidlCompiler} is the {@code aidl} command; the work is in stages,
 * one package each, dependencies pointing down:
 * <ul>
 *   <li>{@code source}, {@code diag}: locations and comments; diagnostics with a stable
 *       {@link org.binder4j.aidl.diag.DiagnosticCode}.
 *   <li>{@code lexer}, {@code ast}, {@code parse}: tokens, the syntax tree as written, a recursive-descent parser.
 *   <li>{@code model}: the resolved, checked, immutable model a generator consumes; its types are the public API.
 *   <li>{@code check}: the front end ({@link org.binder4j.aidl.check.FrontEnd}): imports, name resolution,
 *       constant references and evaluation, and AOSP's checks in AOSP's order, then the model.
 *   <li>{@code java}: the Java generator ({@link org.binder4j.aidl.java.JavaGenerator}), the stage after the front
 *       end, behind {@link org.binder4j.aidl.CodeGenerator}; its package documentation says what the code looks like
 *       and what each annotation does to it.
 *   <li>this package: the command line ({@link org.binder4j.aidl.AidlCompiler}, also {@code binder4j aidl}).
 * </ul>
 *
 * <p>The front end follows AOSP 13 ({@code tm-release}): the same verdicts, the same first error, AOSP's wording
 * and AOSP's {@code line.col-col} positions. Where it differs, on purpose:
 * <ul>
 *   <li>Android 16's additions are accepted: {@code _} digit separators, {@code u32}/{@code u64} suffixes, array
 *       literals of floats or chars, {@code const float}/{@code double}, {@code ndk_header}/{@code rust_type}.
 *   <li>What AOSP 13 accepts but cannot become compiling Java is refused: Java keywords as field, method, constant
 *       or enumerator names; nested types named {@code Stub}, {@code Default}, {@code Proxy}, {@code Delegator} in an
 *       interface; arguments named like the Proxy's locals; duplicate enumerators; an enum default naming another
 *       enum's enumerator or a constant. AOSP 13 crashes on {@code @Backing(type="Foo")} and array arithmetic;
 *       these are reported.
 *   <li>Within a phase, independent problems are all reported; AOSP stops at the first. Annotations are refused on
 *       every type argument, not only the first. An import that is not found is reported at the import.
 *   <li>Constant values of the imported declarations the model includes are evaluated when it is built, so a broken
 *       constant in an imported file is reported even if the input does not use it.
 *   <li>Not implemented: {@code -W} lint warnings, preprocessed files ({@code -p}), API dumps and checks, dependency
 *       files, {@code --rpc}, {@code -t} tracing. The expected-token lists of syntax errors are this parser's; they
 *       match bison's in common cases.
 * </ul>
 */
package org.binder4j.aidl;
