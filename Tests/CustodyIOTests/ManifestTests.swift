import Foundation
import Testing
@testable import CustodyIO

struct ManifestTests {
    /// The test vectors of FIPS 180-2, appendix B.1 and B.2.
    @Test func sha256IsLowerCaseHexOfThePublishedVectors() {
        #expect(Manifest.sha256(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Manifest.sha256(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
