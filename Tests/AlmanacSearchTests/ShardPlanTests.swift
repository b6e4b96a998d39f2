import Testing
@testable import AlmanacSearch

@Suite("Shard plan")
struct ShardPlanTests {
    @Test("Groups are the first two letters, stopping at a phrase's space", arguments: [
        ("kozinka", "ko"), ("a", "a"), ("a legion", "a"), ("ilya ponomarev", "il"), ("σπίτι", "σπ"),
    ])
    func groups(key: String, group: String) {
        #expect(ShardPlan.group(of: key) == group)
    }

    @Test("A shard over the limit splits by one more letter; each key finds its shard")
    func splits() {
        // 300 words beginning "st", each in many documents: far over the limit.
        let dense = (0..<2_000).map { Posting(doc: $0 * 3, field: .body) }
        var keys: [String: [Posting]] = ["st": dense, "st raid": [Posting(doc: 1, field: .wholeTitle)], "kozinka": dense]
        for first in ["a", "e", "o", "r"] {
            for n in 0..<75 { keys["st\(first)\(n)x"] = dense }
        }
        let shards = ShardPlan.shards(keys)
        #expect(shards["st"] == ["st", "st raid"])
        #expect(shards["ko"] == ["kozinka"])
        #expect(Set(shards.keys).isSuperset(of: ["st", "ko"]))
        for (shard, members) in shards {
            #expect(!shard.contains(" "))
            for key in members { #expect(ShardPlan.shard(holding: key, among: shards) == shard) }
            let size = members.reduce(0) { $0 + ShardPlan.size(of: $1, keys[$1]!) }
            #expect(size <= ShardPlan.limit || members.count == 1, "shard \(shard) is \(size) bytes")
        }
        #expect(ShardPlan.shard(holding: "stx", among: shards) == "st")
        #expect(ShardPlan.shard(holding: "zebra", among: shards) == nil)
    }
}
