using System;
using Consumer.Graph;

// A user's program: only generated types and the GraphGen runtime, no network. The test compares every line.
var fields = new ShopFields().Id.Name.Items(item => item.Price, limit: 2);
Console.WriteLine($"fields={fields}");

var shop = Shop.FromJson("""{"id":42,"name":"Corner Shop","status":"CLOSED_FOR_NOW","from_a_newer_api":[1]}"""u8);
Console.WriteLine($"name={shop.Name}");
Console.WriteLine($"status={shop.Status?.ToWireValue()}");
Console.WriteLine($"json={shop.ToJson()}");
Console.WriteLine($"code 4={GraphErrorCatalog.GetCategory(GraphErrorCode.ApplicationRequestLimitReached)}");
Console.WriteLine($"public={typeof(Shop).IsPublic}");
Console.WriteLine($"warehouse generated={typeof(Shop).Assembly.GetType("Consumer.Graph.Warehouse") is not null}");
