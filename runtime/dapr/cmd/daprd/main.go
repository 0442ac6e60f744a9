// Command daprd is the Dapr sidecar of the release pinned in go.mod, with the components
// registered in components.go instead of the release's full catalogue.
package main

import "github.com/dapr/dapr/cmd/daprd/app"

func main() {
	app.Run()
}
