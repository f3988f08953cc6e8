import JalurCLI

@main
enum Main {
    static func main() {
        Jalur.runAsMain()
    }
}
