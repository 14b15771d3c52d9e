// swift-tools-version:6.2
// coauth: co-authorship graph analytics. One module per pipeline stage; data flows downward:
// CoauthModel -> CoauthIngest / CoauthNames / CoauthGraph -> CoauthMetrics -> CoauthExport
// -> CoauthRender (the only user of the Graphviz C library); CoauthPipeline runs the stages in
// order and writes the tables; CoauthCLI is a thin command line over them -> coauth.
import PackageDescription

let settings: [SwiftSetting] = [
  .enableUpcomingFeature("MemberImportVisibility")
]
/// The executables allocate through mimalloc on Linux (libmimalloc-dev, which scripts/install-deps
/// installs): linked before the C library, it takes over malloc and free for the whole process.
/// Records made on one thread and freed on another cost glibc's allocator a lock per free; with
/// mimalloc a 1.2 GB DBLP file streams in half the time on two threads (README, Performance).
let allocator: [LinkerSetting] = [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]

let package = Package(
  name: "coauth",
  products: [
    .executable(name: "coauth", targets: ["coauth"]),
    .library(
      name: "CoauthKit",
      targets: [
        "CoauthModel", "CoauthIngest", "CoauthNames", "CoauthGraph", "CoauthMetrics",
        "CoauthExport", "CoauthRender", "CoauthPipeline",
      ]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    // MARK: - C interop (implementation details)
    .systemLibrary(
      name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
    .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),

    // MARK: - Pipeline stages
    .target(name: "CoauthModel", swiftSettings: settings),
    .target(
      name: "CoauthIngest", dependencies: ["CoauthModel", "CZlib"], exclude: ["README.md"],
      swiftSettings: settings),
    .target(
      name: "CoauthNames",
      dependencies: [
        "CoauthModel", .product(name: "OrderedCollections", package: "swift-collections"),
      ],
      resources: [
        .copy("Resources/nicknames.csv"), .copy("Resources/common-family-names.txt"),
      ],
      swiftSettings: settings),
    .target(name: "CoauthGraph", dependencies: ["CoauthModel"], swiftSettings: settings),
    .target(
      name: "CoauthMetrics",
      dependencies: [
        "CoauthGraph", "CoauthModel",
        .product(name: "DequeModule", package: "swift-collections"),
        .product(name: "HeapModule", package: "swift-collections"),
      ],
      exclude: ["README.md"],
      swiftSettings: settings),
    .target(
      name: "CoauthExport", dependencies: ["CoauthModel", "CoauthGraph", "CoauthMetrics"],
      swiftSettings: settings),
    .target(
      name: "CoauthRender", dependencies: ["CoauthExport", "CGraphviz"], swiftSettings: settings),

    // MARK: - The stages composed into one run, and its output tables
    .target(
      name: "CoauthPipeline",
      dependencies: [
        "CoauthModel", "CoauthIngest", "CoauthNames", "CoauthGraph", "CoauthMetrics",
        "CoauthExport",
      ],
      swiftSettings: settings),

    // MARK: - Command line
    .target(
      name: "CoauthCLI",
      dependencies: [
        "CoauthModel", "CoauthIngest", "CoauthNames", "CoauthGraph", "CoauthMetrics",
        "CoauthExport", "CoauthRender", "CoauthPipeline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: settings),
    .executableTarget(
      name: "coauth", dependencies: ["CoauthCLI"], swiftSettings: settings,
      linkerSettings: allocator),
    // Times the readers for scripts/bench-ingest; not a product.
    .executableTarget(
      name: "coauth-ingest-bench", dependencies: ["CoauthIngest", "CoauthModel"],
      path: "Benchmarks/IngestBenchmark", swiftSettings: settings,
      linkerSettings: allocator),
    // Times the metrics on an edge list for scripts/bench; not a product.
    .executableTarget(
      name: "coauth-metrics-bench", dependencies: ["CoauthGraph", "CoauthMetrics"],
      path: "Benchmarks/MetricsBenchmark", swiftSettings: settings,
      linkerSettings: allocator),
    // Times author resolution for scripts/bench-resolution; not a product.
    .executableTarget(
      name: "coauth-resolution-bench", dependencies: ["CoauthIngest", "CoauthModel", "CoauthNames"],
      path: "Benchmarks/ResolutionBenchmark", swiftSettings: settings,
      linkerSettings: allocator),
    // Fuzzing harnesses for every reader and the name parsers, shared by the libFuzzer driver
    // and the crash replay tests; not a product.
    .target(
      name: "CoauthFuzzing", dependencies: ["CoauthIngest", "CoauthNames", "CoauthModel"],
      path: "Fuzz/CoauthFuzzing", swiftSettings: settings),
    // libFuzzer driver with -DFUZZING and --sanitize fuzzer (scripts/fuzz), else a replay tool.
    .executableTarget(
      name: "coauth-fuzz", dependencies: ["CoauthFuzzing"], path: "Fuzz/coauth-fuzz",
      swiftSettings: settings),

    // MARK: - Tests
    .target(
      name: "CoauthTestSupport", dependencies: ["CoauthModel", "CoauthGraph"],
      path: "Tests/CoauthTestSupport"),
    .testTarget(
      name: "CoauthIngestTests",
      dependencies: [
        "CoauthIngest", "CoauthFuzzing", "CoauthTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "CoauthNamesTests",
      dependencies: [
        "CoauthNames", "CoauthTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "CoauthModelTests",
      dependencies: [
        "CoauthModel", .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(name: "CoauthGraphTests", dependencies: ["CoauthGraph", "CoauthTestSupport"]),
    .testTarget(
      name: "CoauthMetricsTests", dependencies: ["CoauthMetrics", "CoauthTestSupport"],
      exclude: ["Oracle"]),
    .testTarget(
      name: "CoauthExportTests", dependencies: ["CoauthExport", "CoauthTestSupport"],
      exclude: ["Golden"]),
    .testTarget(
      name: "CoauthRenderTests", dependencies: ["CoauthRender", "CoauthTestSupport"]),
    .testTarget(
      name: "CoauthPipelineTests", dependencies: ["CoauthPipeline", "CoauthTestSupport"],
      exclude: ["Golden", "Fixtures"]),
    .testTarget(
      name: "CoauthCLITests", dependencies: ["CoauthCLI", "CoauthTestSupport"]),
  ]
)
